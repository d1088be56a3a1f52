# La campana de la barra superior y la lista de notificaciones.

## Campana
notif-bell-label = Notificaciones
notif-bell-unread = { $count ->
    [0] Notificaciones, ninguna sin leer
    [one] Notificaciones, { $count } sin leer
   *[other] Notificaciones, { $count } sin leer
}

## Lista
notif-title = Notificaciones
notif-lead = Todos los cambios en sus registros, primero los más recientes. Cada uno se envió también por correo electrónico.
notif-mark-all = Marcar todas como leídas
notif-empty-title = Aún no hay nada
notif-empty-text = Aquí verá las aprobaciones, las preguntas y los recordatorios.
notif-new = Nueva
