# La cloche de la barre supérieure et la liste des notifications.

## Bell
notif-bell-label = Notifications
notif-bell-unread = { $count ->
    [0] Notifications, aucune non lue
    [one] Notifications, { $count } non lue
   *[other] Notifications, { $count } non lues
}

## List
notif-title = Notifications
notif-lead = Toutes les modifications de vos enregistrements, les plus récentes en premier. Chacune vous a également été envoyée par e-mail.
notif-mark-all = Tout marquer comme lu
notif-empty-title = Rien pour l'instant
notif-empty-text = Les approbations, les questions et les rappels s'afficheront ici.
notif-new = Nouveau
