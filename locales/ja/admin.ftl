# The vendor admin's staff and mail log pages. (The tabs are in core.ftl.)

## Staff
admin-staff-title = ベンダースタッフ
admin-staff-lead = ベンダー管理者はプログラムを運営し、チャネルマネージャーは担当のパートナー企業をサポートします。
admin-col-name = 氏名
admin-col-role = ロール
admin-col-status = ステータス
admin-col-last-sign-in = 最終サインイン
admin-col-actions = 操作
admin-never = なし
admin-enable = 有効にする
admin-disable = 無効にする
admin-invite-title = スタッフを招待
admin-invite-sent = 招待を送信しました。
admin-invite-name = 氏名
admin-invite-email = 勤務先のメールアドレス
admin-invite-role = ロール
admin-invite-submit = 招待を送信

## Mail log
admin-mail-title = メール送信ログ
admin-mail-lead = ポータルが送信したすべてのメールと、その配信ステータスです。サインイン用のリンク（招待、パスワードのリセット）はここには表示されず、受信者に届いたメールにのみ記載されます。
admin-mail-empty-title = まだメールはありません
admin-mail-empty-text = 招待やパスワードのリセットのメールがここに表示されます。
# $at: when it was queued, in the reader's time zone.
admin-mail-to = 宛先：{ $to } · { $at }
# $error: what the mail server said; $attempt: how many tries so far.
admin-mail-error = { $error }（{ $attempt } 回目の試行）
admin-mail-no-smtp = 未送信：SMTPサーバーが設定されていません
admin-mail-status-pending = 送信待ち
admin-mail-status-sent = 送信済み
admin-mail-status-logged = 開発用ログに出力
admin-mail-status-failed = 未送信
