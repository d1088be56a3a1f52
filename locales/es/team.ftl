# Las personas de una empresa partner, tal como las gestiona su administrador del partner.

## Página del equipo
team-title = Equipo
team-lead = Personas de { $company } que usan el portal.
team-saved = Cambios guardados.
team-col-name = Nombre
team-col-role = Rol
team-col-status = Estado
team-col-last-sign-in = Último inicio de sesión
team-col-actions = Acciones
team-you = (usted)
team-never = Nunca
team-edit = Editar
team-name-of = Nombre de { $name }
team-role-of = Rol de { $name }
team-save = Guardar
team-enable = Activar
team-disable = Desactivar

## Invitaciones
team-invite-title = Invitar a un colega
team-invite-lead = Recibirá un correo electrónico con un enlace para establecer su contraseña.
team-invite-sent = Invitación enviada.
team-invite-name = Nombre
team-invite-email = Correo electrónico corporativo
team-invite-role = Rol
team-invite-sending = Enviando…
team-invite-submit = Enviar invitación

## Visibilidad de las oportunidades
team-visibility-title = Visibilidad de las oportunidades
team-visibility-lead = Los administradores del partner siempre ven todas las oportunidades de la empresa.
team-visibility-label = Usuarios del partner
team-visibility-company = Todos ven todas las oportunidades de la empresa
team-visibility-own = Los usuarios del partner solo ven sus propias oportunidades

## Errores (al invitar, editar y desactivar personas, aquí y en las páginas de administración)
team-error-role = Elija un rol.
team-error-role-company = Ese rol no corresponde a esta empresa.
team-error-email-taken = Ya existe una cuenta con esta dirección de correo electrónico.
team-error-disable-self = No puede desactivar su propia cuenta.
team-error-partner-role = Elija administrador del partner o usuario del partner.
team-error-own-admin = No puede quitarse su propio rol de administrador. Pídaselo a otro administrador.
