# Las páginas de personal y de registro de correos del administrador del fabricante. (Las pestañas están en core.ftl.)

## Personal
admin-staff-title = Personal del fabricante
admin-staff-lead = Los administradores del fabricante dirigen el programa; los gerentes de canal atienden a las empresas partner que tienen asignadas.
admin-col-name = Nombre
admin-col-role = Rol
admin-col-status = Estado
admin-col-last-sign-in = Último inicio de sesión
admin-col-actions = Acciones
admin-never = Nunca
admin-enable = Activar
admin-disable = Desactivar
admin-invite-title = Invitar a personal
admin-invite-sent = Invitación enviada.
admin-invite-name = Nombre
admin-invite-email = Correo electrónico corporativo
admin-invite-role = Rol
admin-invite-submit = Enviar invitación

## Registro de correos
admin-mail-title = Registro de correos
admin-mail-lead = Todos los correos electrónicos que envía el portal, con su estado de entrega. Los enlaces de inicio de sesión (invitaciones, restablecimientos de contraseña) se ocultan aquí: solo los contiene la copia del destinatario.
admin-mail-empty-title = Aún no hay correos
admin-mail-empty-text = Aquí aparecerán las invitaciones y los restablecimientos de contraseña.
# $at: cuándo se puso en cola, en la zona horaria del lector.
admin-mail-to = Para { $to } · { $at }
# $error: lo que respondió el servidor de correo; $attempt: cuántos intentos van.
admin-mail-error = { $error } (intento { $attempt })
admin-mail-no-smtp = No enviado: no hay ningún servidor SMTP configurado
admin-mail-status-pending = Pendiente de envío
admin-mail-status-sent = Enviado
admin-mail-status-logged = En el registro de desarrollo
admin-mail-status-failed = No enviado
