# Inicio de sesión, contraseñas e invitaciones.

field-email = Correo electrónico
field-password = Contraseña
password-hint = Al menos 8 caracteres. Se recomiendan las frases de contraseña largas.
auth-back-to-sign-in = Volver a iniciar sesión

login-title = Iniciar sesión
login-lead = Oportunidades, fondos, formación y su dinero, en un solo lugar.
login-submit = Iniciar sesión
login-forgot = ¿Olvidó su contraseña?
login-notice-reset = Se cambió su contraseña. Inicie sesión con la nueva.
login-notice-unlocked = Este navegador ya puede iniciar sesión, pase lo que pase en otros lugares. Inicie sesión con su contraseña.
login-notice-signed-out = Ha cerrado sesión.

forgot-title = Restablecer la contraseña
forgot-lead = Le enviaremos por correo electrónico un enlace para elegir una nueva contraseña.
forgot-sent = Si existe una cuenta con esa dirección, le llegará en breve un enlace para restablecer la contraseña. Solo se puede usar una vez y caduca en una hora.
forgot-submit = Enviar enlace de restablecimiento

unlock-title = Iniciar sesión desde este navegador
unlock-lead = Los intentos fallidos de inicio de sesión desde otros lugares ralentizaron el acceso a su cuenta. Con esta opción, este navegador puede iniciar sesión con su contraseña de todos modos.
unlock-submit = Permitir el inicio de sesión en este navegador
unlock-foot = ¿No era usted quien intentaba iniciar sesión? Su contraseña no se ha cambiado y nadie ha accedido a su cuenta.
unlock-foot-link = Aun así, conviene elegir una nueva contraseña.

reset-title = Elegir una nueva contraseña
reset-password = Nueva contraseña
reset-confirm = Repita la nueva contraseña
reset-submit = Guardar la nueva contraseña

invitation-title = Aceptar la invitación
invitation-lead-partner = Se unirá a { $company } en el portal de partners como { $email }.
invitation-lead-staff = Se unirá al equipo del fabricante como { $email }.
invitation-name = Su nombre
invitation-password = Elija una contraseña
invitation-confirm = Repita la contraseña
invitation-submit = Unirse e iniciar sesión
invitation-invalid-title = Esta invitación no es válida
invitation-invalid-lead = El enlace caducó o ya se utilizó. Pida a su administrador que le envíe una nueva invitación.
invitation-go-sign-in = Ir a iniciar sesión

## Errores de inicio de sesión y de contraseña
auth-error-email = Escriba su dirección de correo electrónico.
auth-error-password = Escriba su contraseña.
auth-error-bad-login = Ese correo electrónico y esa contraseña no corresponden a ninguna cuenta activa.
auth-error-locked = { $minutes ->
    [one] Demasiados intentos fallidos de inicio de sesión. Vuelva a intentarlo dentro de { $minutes } minuto.
   *[other] Demasiados intentos fallidos de inicio de sesión. Vuelva a intentarlo dentro de { $minutes } minutos.
}
auth-error-slowed = { $seconds ->
    [one] Esta cuenta ha tenido muchos intentos fallidos de inicio de sesión, por lo que el inicio de sesión se ha ralentizado para protegerla. Vuelva a intentarlo dentro de { $seconds } segundo. Si la cuenta es suya, el correo electrónico que le enviamos permite que este navegador inicie sesión ahora.
   *[other] Esta cuenta ha tenido muchos intentos fallidos de inicio de sesión, por lo que el inicio de sesión se ha ralentizado para protegerla. Vuelva a intentarlo dentro de { $seconds } segundos. Si la cuenta es suya, el correo electrónico que le enviamos permite que este navegador inicie sesión ahora.
}
auth-error-reset-limit = { $minutes ->
    [one] Demasiadas solicitudes de restablecimiento de contraseña. Vuelva a intentarlo dentro de { $minutes } minuto.
   *[other] Demasiadas solicitudes de restablecimiento de contraseña. Vuelva a intentarlo dentro de { $minutes } minutos.
}
auth-error-confirm = Las dos contraseñas no coinciden.
auth-error-expired-link = Este enlace caducó o ya se utilizó. Solicite uno nuevo.
