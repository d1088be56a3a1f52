## Captación: «hacerse partner», la confirmación por correo electrónico, la cola de revisión

apply-title = Hacerse partner
apply-lead = Háblenos de su empresa. Un gerente de canal revisa cada solicitud, normalmente en un plazo de dos días hábiles.
apply-choose = Elija…
apply-section-company = Su empresa
apply-section-specialisations = Especializaciones
apply-section-contact = Contacto principal
apply-field-legal-name = Razón social
apply-field-website = Sitio web
apply-field-website-hint = Por ejemplo, www.ejemplo.com
apply-field-country = País
apply-field-type = Tipo de partner
apply-field-revenue = Ingresos anuales previstos con nuestros productos
apply-field-tax-id = Número de IVA o de identificación fiscal
apply-field-tax-id-hint = Opcional; letras, dígitos, espacios, puntos, barras y guiones.
apply-field-contact-name = Nombre completo
apply-field-contact-email = Correo electrónico corporativo
apply-field-contact-email-hint = Le enviaremos un enlace para confirmarlo; la solicitud nos llega en cuanto lo abra.
apply-field-contact-phone = Teléfono
apply-field-message = ¿Hay algo más que debamos saber?
apply-field-message-hint = Opcional: sus clientes, su equipo, por qué quiere ser partner.
apply-trap = Deje este campo vacío
apply-privacy = Solo usamos estos datos para revisar su solicitud y ponernos en contacto con usted al respecto.
apply-submit = Enviar solicitud
apply-sent = Gracias. Si los datos estaban completos, hemos enviado un enlace de confirmación a la dirección de correo electrónico que indicó.
apply-sent-more = Abra el enlace en un plazo de 72 horas para enviar su solicitud a nuestro equipo de canal. ¿No ha recibido nada? Revise su carpeta de correo no deseado o vuelva a presentar la solicitud.
apply-have-account = ¿Ya es partner?
apply-confirm-title = Confirmar su correo electrónico
apply-confirm-lead = Confirme su dirección de correo electrónico para enviar su solicitud a nuestro equipo de canal.
apply-confirm-submit = Confirmar y enviar mi solicitud
apply-confirmed = Su correo electrónico está confirmado y su solicitud ya está en manos de nuestro equipo de canal.
apply-confirmed-more = Le escribiremos cuando la hayamos revisado, normalmente en un plazo de dos días hábiles.

app-revenue-under-1m = Menos de 1 millón
app-revenue-1m-10m = De 1 a 10 millones
app-revenue-10m-50m = De 10 a 50 millones
app-revenue-over-50m = Más de 50 millones
app-spec-cloud = Nube
app-spec-security = Seguridad
app-spec-networking = Redes
app-spec-data = Datos y analítica
app-spec-collaboration = Colaboración
app-spec-devices = Dispositivos

app-status-unconfirmed = Correo electrónico sin confirmar
app-status-pending = Pendiente de revisión
app-status-approved = Aprobada
app-status-declined = Denegada

app-error-partner-type = Elija qué tipo de partner es su empresa.
app-error-specialisation = Elija especializaciones de la lista.
app-error-revenue-band = Elija un rango de ingresos.
app-error-tax-id = Use letras, dígitos, espacios, puntos, barras y guiones (60 como máximo).
app-error-phone = Use solo dígitos, espacios y + - ( ) . (60 como máximo).
app-error-message = El mensaje debe tener como máximo { $max } caracteres.
app-error-too-many = Demasiadas solicitudes desde su red. Vuelva a intentarlo dentro de { $minutes ->
    [one] un minuto
   *[other] { $minutes } minutos
    }.
app-error-link = Este enlace ya no es válido: ya se utilizó o caducó. Vuelva a presentar la solicitud para recibir uno nuevo.
app-error-reason = Indique un motivo al solicitante (3 caracteres como mínimo).
app-error-reason-long = El motivo debe tener como máximo { $max } caracteres.
app-error-manager = Elija el gerente de canal que atenderá al nuevo partner.
app-error-decided = Ya se tomó una decisión sobre esta solicitud; vuelva a cargar la página para verla.
app-error-contact-taken = La dirección de correo electrónico del contacto ya tiene una cuenta. Deniegue la solicitud o pida a la persona que use otra dirección.

app-mail-confirm-subject = Confirme su solicitud de partner
app-mail-confirm-body = Hola, { $name }:

    Gracias por solicitar que { $company } se convierta en partner.

    Confirme su dirección de correo electrónico para enviar la solicitud a nuestro equipo de canal (el enlace solo se puede usar una vez y caduca en { $hours } horas):
    { $link }

    Si no presentó ninguna solicitud, puede ignorar este correo: no se envía nada sin la confirmación.
app-mail-declined-subject = Su solicitud de partner
app-mail-declined-body = Hola, { $name }:

    Gracias por su interés en nuestro programa de partners. Hemos revisado la solicitud de { $company } y, por el momento, no podemos aceptarla.

    El motivo que indicó nuestro equipo de canal:
    { $reason }

    Puede volver a presentar la solicitud cuando cambie la situación.
app-notify-title = Nueva solicitud de partner: { $company }
app-notify-body = { $company } ha solicitado unirse al programa de partners y ha confirmado su correo electrónico. La solicitud espera en la cola de revisión.

apps-title = Solicitudes de partners
apps-lead = Empresas que presentaron su solicitud en la página «Hacerse partner» y confirmaron su correo electrónico. No se aprueba nada sin la decisión de una persona.
apps-tabs-label = Solicitudes por estado
apps-empty-title = No hay nada aquí
apps-empty-text = No hay solicitudes en esta lista.
apps-col-company = Empresa
apps-col-type = Tipo
apps-col-revenue = Ingresos previstos
apps-col-contact = Contacto
apps-col-waiting = En espera desde
apps-col-decided = Decidida
apps-link = Solicitudes
app-page-title = Solicitud de partner
app-doc-title = Solicitud: { $company }
app-section-company = Empresa
app-fact-applied = Presentada
app-fact-confirmed = Correo electrónico confirmado
app-section-duplicates = Posibles duplicados
app-no-duplicates = Ningún partner, persona ni otra solicitud se parece a esta.
app-dup-same-domain = Mismo dominio web
app-dup-similar-name = Nombre de empresa similar
app-dup-known-person = El contacto tiene una cuenta
app-dup-other-application = Otra solicitud
app-approve-title = Aprobar
app-approve-lead = Crea la empresa partner en el nivel de entrada del programa, le asigna su gerente de canal e invita al contacto como administrador del partner.
app-field-company-name = Nombre de la empresa en el portal
app-field-region = Región
app-field-manager = Gerente de canal
app-approve-submit = Aprobar e invitar
app-decline-title = Denegar
app-field-reason = Motivo
app-field-reason-hint = Se envía por correo electrónico al solicitante tal como está escrito.
app-decline-submit = Denegar y enviar el motivo por correo
app-notice-declined = Se denegó la solicitud y se envió el motivo por correo electrónico.
app-decision-title = Decisión
app-fact-decision = Decisión
app-fact-decided = Decidida
app-fact-company = Empresa partner
app-open-company = Abrir la empresa
login-apply = ¿Primera vez aquí?
login-apply-link = Hacerse partner

## Condiciones del programa

terms-blocked = Su empresa aún no ha aceptado las condiciones del programa de partners (versión { $version }). Un administrador del partner de su empresa las acepta desde la página de inicio; hasta entonces, solo está disponible la página de inicio.
terms-card-title = Condiciones del programa, versión { $version }
terms-card-admin = Revise y acepte «{ $title }» en nombre de su empresa. Hasta que lo haga, su equipo solo podrá usar esta página.
terms-card-user = El administrador del partner de su empresa debe aceptar «{ $title }» para que su equipo pueda usar el resto del portal.
terms-card-review = Revisar y aceptar
terms-card-read = Leer las condiciones
terms-page-title = Condiciones del programa
terms-eyebrow = Condiciones del programa · versión { $version }
terms-published = Publicadas el { $date }
terms-none-title = Aún no hay condiciones del programa
terms-none-text = El fabricante no ha publicado condiciones del programa.
terms-accept-lead = Al aceptar, da su conformidad a estas condiciones en nombre de toda su empresa. Se registran su nombre, la hora y su dirección de red.
terms-accept-submit = Aceptar la versión { $version } para mi empresa
terms-accepted-by = Aceptadas en nombre de su empresa por { $name } el { $date }.
terms-accepted-notice = Gracias: las condiciones están aceptadas y todo el portal está disponible para su equipo.
terms-ask-admin = Solo un administrador del partner de su empresa puede aceptar las condiciones.
terms-error-newer = Se publicó una versión más reciente ({ $version }) mientras esta página estaba abierta. Léala y acepte esa versión.
terms-admin-title = Condiciones del programa
terms-admin-lead = Cada empresa partner acepta la versión vigente a través de uno de sus administradores del partner antes de usar el portal más allá de su página de inicio. Con cada nueva versión, se vuelve a pedir la aceptación a todas las empresas.
terms-admin-link = Condiciones del programa
terms-versions-title = Versiones
terms-col-version = Versión
terms-col-published = Publicada
terms-col-accepted = Empresas que la aceptaron
terms-acceptances-title = Aceptaciones de la versión { $version }
terms-acceptances-none = Ninguna empresa ha aceptado todavía esta versión.
terms-col-company = Empresa
terms-col-by = Aceptada por
terms-col-at = Fecha y hora (su zona horaria)
terms-col-ip = Dirección de red
terms-publish-title = Publicar una nueva versión
terms-publish-lead = La nueva versión sustituye de inmediato a la vigente: cada empresa partner debe aceptarla antes de que sus usuarios puedan usar el portal más allá de la página de inicio.
terms-field-title = Título
terms-field-body = Condiciones (Markdown)
terms-field-body-hint = Encabezados (#), listas, negrita, enlaces y tablas. El HTML se elimina.
terms-publish-submit = Publicar
terms-published-notice = La nueva versión está publicada; se pide a cada empresa partner que la acepte.
terms-error-title = Dé a las condiciones un título de entre 3 y { $max } caracteres.
terms-error-body-short = Escriba las condiciones (20 caracteres como mínimo).
terms-error-body-long = Las condiciones deben tener como máximo { $max } caracteres.

## Los primeros pasos de un partner nuevo y el tiempo de arranque

checklist-title = Primeros pasos
checklist-progress = { $done } de { $total } pasos completados
checklist-terms = Aceptar las condiciones del programa
checklist-colleagues = Invitar a sus colegas
checklist-first-deal = Registrar su primera oportunidad
checklist-done = (completado)
ramp-title = Tiempo de arranque
ramp-lead = Días desde la aprobación hasta la primera oportunidad registrada por el partner; mediana por mes de aprobación.
ramp-col-month = Mes de aprobación
ramp-col-approved = Aprobados
ramp-col-registered = Con una oportunidad registrada
ramp-col-median = Mediana del tiempo hasta la primera oportunidad
ramp-days = { $days ->
    [one] 1 día
   *[other] { $days } días
    }
ramp-none = No se aprobó ningún partner en los últimos 12 meses.
apps-col-terms = Condiciones
apps-col-people = Personas
apps-col-first-deal = Primera oportunidad tras
apps-terms-accepted = Aceptadas
apps-terms-waiting = Todavía no
