# Correos electrónicos sobre una cuenta: restablecimiento de contraseña, enlaces de desbloqueo, invitaciones.
# Los cuerpos son texto sin formato; conserve las líneas en blanco entre párrafos.

## Restablecimiento de contraseña
mail-reset-subject = Restablezca la contraseña del portal de partners
mail-reset-body = Hola, { $name }:

    Alguien solicitó restablecer la contraseña de su cuenta del portal de partners.
    Elija una nueva contraseña aquí (el enlace solo se puede usar una vez y caduca en { $minutes } minutos):
    { $link }

    Si no fue usted, ignore este correo; su contraseña seguirá siendo la misma.

## Enlace de desbloqueo (tras muchos inicios de sesión fallidos)
mail-unlock-subject = Muchos intentos fallidos de inicio de sesión en su cuenta del portal de partners
mail-unlock-body = Hola, { $name }:

    Se han producido muchos intentos fallidos de iniciar sesión en su cuenta del portal de partners, por lo que, de momento, el inicio de sesión se ha ralentizado. Si no fue usted, es posible que alguien esté intentando adivinar su contraseña; no se ha cambiado y nadie ha accedido a su cuenta.

    Para iniciar sesión ahora, abra este enlace en su propio navegador (solo se puede usar una vez y caduca en { $minutes } minutos):
    { $link }

    Permite que ese navegador inicie sesión con su contraseña pese a la ralentización. Los navegadores desde los que ya inició sesión antes no se ven ralentizados.

## Invitación
mail-invitation-subject = Le invitamos al portal de partners
mail-invitation-body-partner = Hola, { $name }:

    Le han invitado a unirse a { $company } en el portal de partners.

    Establezca su contraseña e inicie sesión aquí (el enlace solo se puede usar una vez y caduca en { $hours } horas):
    { $link }

    Si no esperaba esta invitación, puede ignorar este correo.
mail-invitation-body-staff = Hola, { $name }:

    Le han invitado al portal de partners como personal del fabricante.

    Establezca su contraseña e inicie sesión aquí (el enlace solo se puede usar una vez y caduca en { $hours } horas):
    { $link }

    Si no esperaba esta invitación, puede ignorar este correo.
