# Die Glocke in der oberen Leiste und die Liste der Benachrichtigungen.

## Glocke
notif-bell-label = Benachrichtigungen
notif-bell-unread = { $count ->
    [0] Benachrichtigungen, keine ungelesen
   *[other] Benachrichtigungen, { $count } ungelesen
}

## Liste
notif-title = Benachrichtigungen
notif-lead = Jede Änderung an Ihren Registrierungen, die neueste zuerst. Jede wurde Ihnen auch per E-Mail gesendet.
notif-mark-all = Alle als gelesen markieren
notif-empty-title = Noch nichts vorhanden
notif-empty-text = Hier sehen Sie Genehmigungen, Rückfragen und Erinnerungen.
notif-new = Neu
