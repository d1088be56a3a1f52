# The bell in the top bar and the list of notifications.

## Bell
notif-bell-label = 通知
notif-bell-unread = { $count ->
    [0] 通知（未読なし）
   *[other] 通知（未読 { $count } 件）
}

## List
notif-title = 通知
notif-lead = 貴社の登録に関するすべての変更を、新しい順に表示しています。各通知はメールでも送信されています。
notif-mark-all = すべて既読にする
notif-empty-title = まだ通知はありません
notif-empty-text = 承認、質問、リマインダーがここに表示されます。
notif-new = 新着
