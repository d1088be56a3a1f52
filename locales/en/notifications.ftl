# The bell in the top bar and the list of notifications.

## Bell
notif-bell-label = Notifications
notif-bell-unread = { $count ->
    [0] Notifications, none unread
   *[other] Notifications, { $count } unread
}

## List
notif-title = Notifications
notif-lead = Every change to your registrations, newest first. Each one was also sent by e-mail.
notif-mark-all = Mark all as read
notif-empty-title = Nothing yet
notif-empty-text = You will see approvals, questions and reminders here.
notif-new = New
