# Signing in, passwords and invitations.

field-email = メールアドレス
field-password = パスワード
password-hint = 8 文字以上で入力してください。長いパスフレーズもご利用いただけます。
auth-back-to-sign-in = サインインに戻る

login-title = サインイン
login-lead = 案件、MDF、トレーニング、報酬をまとめて管理できます。
login-submit = サインイン
login-forgot = パスワードをお忘れですか？
login-notice-reset = パスワードが変更されました。新しいパスワードでサインインしてください。
login-notice-unlocked = このブラウザーからは、他の場所での状況にかかわらずサインインできるようになりました。パスワードでサインインしてください。
login-notice-signed-out = サインアウトしました。

forgot-title = パスワードをリセット
forgot-lead = 新しいパスワードを設定するためのリンクをメールでお送りします。
forgot-sent = このアドレスのアカウントが存在する場合は、リセット用のリンクをお送りしました。リンクは 1 回のみ使用でき、1 時間で有効期限が切れます。
forgot-submit = リセット用リンクを送信

unlock-title = このブラウザーからサインイン
unlock-lead = 他の場所からのサインインに繰り返し失敗したため、アカウントのサインインが一時的に制限されています。この操作を行うと、制限中でもこのブラウザーからはパスワードでサインインできるようになります。
unlock-submit = このブラウザーでのサインインを許可
unlock-foot = サインインを試みたのはご本人ではありませんか？パスワードは変更されておらず、第三者によるサインインもありませんでした。
unlock-foot-link = ただし、新しいパスワードを設定することをお勧めします。

reset-title = 新しいパスワードを設定
reset-password = 新しいパスワード
reset-confirm = 新しいパスワード（確認）
reset-submit = 新しいパスワードを保存

invitation-title = 招待を承諾
invitation-lead-partner = { $email } として、パートナーポータルで { $company } に参加します。
invitation-lead-staff = { $email } として、ベンダーチームに参加します。
invitation-name = 氏名
invitation-password = パスワードを設定
invitation-confirm = パスワード（確認）
invitation-submit = 参加してサインイン
invitation-invalid-title = この招待は無効です
invitation-invalid-lead = リンクの有効期限が切れているか、すでに使用されています。管理者に新しい招待の送信を依頼してください。
invitation-go-sign-in = サインイン画面へ

## Sign-in and password errors
auth-error-email = メールアドレスを入力してください。
auth-error-password = パスワードを入力してください。
auth-error-bad-login = このメールアドレスとパスワードに一致する有効なアカウントはありません。
auth-error-locked = { $minutes ->
   *[other] サインインの失敗回数が多すぎます。{ $minutes } 分後にもう一度お試しください。
}
auth-error-slowed = { $seconds ->
   *[other] このアカウントではサインインの失敗が繰り返されているため、保護のためにサインインを遅らせています。{ $seconds } 秒後にもう一度お試しください。ご本人のアカウントの場合は、お送りしたメールから、このブラウザーで今すぐサインインできるようにすることができます。
}
auth-error-reset-limit = { $minutes ->
   *[other] パスワードのリセットの依頼が多すぎます。{ $minutes } 分後にもう一度お試しください。
}
auth-error-confirm = 2 つのパスワードが一致しません。
auth-error-expired-link = このリンクは有効期限が切れているか、すでに使用されています。新しいリンクを依頼してください。
