# A partner company's people, as its partner admin manages them.

## Team page
team-title = チーム
team-lead = ポータルを利用している{ $company }のメンバーです。
team-saved = 変更を保存しました。
team-col-name = 氏名
team-col-role = ロール
team-col-status = ステータス
team-col-last-sign-in = 最終サインイン
team-col-actions = 操作
team-you = （自分）
team-never = なし
team-edit = 編集
team-name-of = { $name }の氏名
team-role-of = { $name }のロール
team-save = 保存
team-enable = 有効にする
team-disable = 無効にする

## Invitations
team-invite-title = 同僚を招待
team-invite-lead = パスワード設定用のリンクがメールで送信されます。
team-invite-sent = 招待を送信しました。
team-invite-name = 氏名
team-invite-email = 勤務先のメールアドレス
team-invite-role = ロール
team-invite-sending = 送信中…
team-invite-submit = 招待を送信

## Deal visibility
team-visibility-title = 案件の公開範囲
team-visibility-lead = パートナー管理者は、常に自社のすべての案件を閲覧できます。
team-visibility-label = パートナーユーザー
team-visibility-company = 全員が自社のすべての案件を閲覧できる
team-visibility-own = パートナーユーザーは自分の案件のみ閲覧できる

## Errors (inviting, editing and disabling people, here and in the admin pages)
team-error-role = ロールを選択してください。
team-error-role-company = このロールはこの企業には設定できません。
team-error-email-taken = このメールアドレスのアカウントはすでに存在します。
team-error-disable-self = 自分のアカウントは無効にできません。
team-error-partner-role = パートナー管理者またはパートナーユーザーを選択してください。
team-error-own-admin = 自分の管理者ロールは削除できません。別の管理者に依頼してください。
