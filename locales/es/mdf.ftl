
## Etiquetas de valores almacenados (string_enum!)
mdf-status-submitted = Pendiente de aprobación
mdf-status-returned = Devuelta para cambios
mdf-status-declined = Denegada
mdf-status-cancelled = Cancelada
mdf-status-approved = Aprobada
mdf-status-claimed = Reembolso en revisión
mdf-status-changes-requested = Reembolso con cambios pendientes
mdf-status-claim-rejected = Reembolso rechazado
mdf-status-claim-approved = Reembolso aprobado
mdf-status-reimbursed = Reembolsada
mdf-status-expired = Plazo de reembolso vencido
activity-type-event = Evento
activity-type-webinar = Seminario web
activity-type-digital = Campaña digital
activity-type-syndication = Sindicación de contenidos
activity-type-training = Formación
activity-type-other = Otra
entry-kind-allocation = Asignación
entry-kind-commitment = Solicitud aprobada
entry-kind-release = Compromiso liberado
entry-kind-claim = Solicitud de reembolso aprobada
entry-kind-reimbursement = Reembolso
entry-kind-expiry = Vencido al cierre del período

## Cómo se llama una solicitud (en los mensajes de flujo: "Esta solicitud está…")
mdf-noun = solicitud

## Qué sucede después, en palabras del partner
mdf-next-submitted = Su gerente de canal está revisando la solicitud.
mdf-next-returned = Modifique la solicitud y vuelva a enviarla.
mdf-next-declined = Denegada; esta solicitud está cerrada.
mdf-next-cancelled = Cancelada; no hay nada más que hacer.
mdf-next-approved = Realice la actividad y, después, presente la solicitud de reembolso con comprobantes antes de la fecha límite.
mdf-next-claimed = Su solicitud de reembolso está en revisión.
mdf-next-changes-requested = Modifique la solicitud de reembolso según lo indicado y vuelva a enviarla.
mdf-next-claim-rejected = Se rechazó la solicitud de reembolso; los fondos volvieron a su saldo.
mdf-next-claim-approved = Aprobada para pago; el departamento de finanzas realizará el pago.
mdf-next-reimbursed = Pagada.
mdf-next-expired = No se presentó la solicitud de reembolso a tiempo; los fondos volvieron a su saldo.
mdf-claim-by = Solicite el reembolso hasta el { $date }

## Rechazos del libro de fondos ($available: un importe)
mdf-ledger-zero = El importe no puede ser cero.
mdf-ledger-short-allocation = No hay fondos suficientes para esta asignación: el saldo disponible es de { $available }.
mdf-ledger-short-commitment = No hay fondos suficientes para esta solicitud aprobada: el saldo disponible es de { $available }.
mdf-ledger-short-release = No hay fondos suficientes para esta liberación de compromiso: el saldo disponible es de { $available }.
mdf-ledger-short-claim = No hay fondos suficientes para esta solicitud de reembolso aprobada: el saldo disponible es de { $available }.
mdf-ledger-short-reimbursement = No hay fondos suficientes para este reembolso: el saldo disponible es de { $available }.
mdf-ledger-short-expiry = No hay fondos suficientes para este vencimiento al cierre del período: el saldo disponible es de { $available }.
mdf-ledger-funds-expired = Los fondos de { $period } no utilizados vencieron al cierre del período.

## Reglas del formulario de solicitud
mdf-activity-choose = Elija el tipo de actividad.
mdf-title-empty = Escriba un título para la actividad.
mdf-title-long = El título debe tener menos de 150 caracteres.
mdf-description-long = La descripción debe tener menos de 4000 caracteres.
mdf-starts-empty = Escriba el primer día de la actividad.
mdf-ends-empty = Escriba el último día de la actividad.
mdf-ends-before = La actividad no puede terminar antes de empezar.
mdf-too-long = Una actividad puede durar como máximo un año.
mdf-ended-long-ago = Esa actividad terminó hace más de un año.
mdf-too-far = Esa fecha está a más de dos años en el futuro.
mdf-whole-number = Escriba un número entero o deje el campo vacío.
mdf-amount-over-cost = El importe solicitado no puede superar el costo total.
mdf-amount-over-share = El programa reembolsa hasta el { $percent } % del costo: como máximo { $max } para esta actividad.
mdf-amount-over-balance = De su saldo de MDF, solo puede solicitar { $available }.
mdf-amount-contribution = Su contribución y el importe solicitado suman más que el costo total.
mdf-no-funds = Aún no se han asignado fondos MDF a su empresa para este período. Su gerente de canal puede asignarlos.
mdf-edit-not-returned = Solo se puede editar una solicitud devuelta para cambios.
# $status: la etiqueta del estado de la solicitud
mdf-edit-status = Esta solicitud está «{ $status }»; solo se puede editar una solicitud devuelta para cambios.
mdf-status-filter = Filtro de estado desconocido.

## Decisiones, solicitudes de reembolso y pagos
mdf-decision-unknown = Decisión desconocida.
mdf-reason-return = Indique por qué se devuelve la solicitud; el partner lo verá.
mdf-reason-decline = Indique por qué se deniega la solicitud; el partner lo verá.
mdf-reason-claim-changes = Indique por qué la solicitud de reembolso requiere cambios; el partner lo verá.
mdf-reason-claim-reject = Indique por qué se rechaza la solicitud de reembolso; el partner lo verá.
mdf-approve-over-request = Apruebe como máximo el importe solicitado.
mdf-approve-partial-reason = Indique por qué se aprueba menos de lo solicitado; el partner lo verá.
mdf-approve-over-available = Los fondos disponibles de este partner son { $available }; apruebe un importe menor o devuelva la solicitud.
mdf-leads-whole = Escriba un número entero de clientes potenciales.
mdf-claim-too-early = Las solicitudes de reembolso se presentan una vez realizada la actividad; su último día es el { $date }.
mdf-claim-too-late = La fecha límite para solicitar el reembolso de esta actividad fue el { $date }; no se aceptan solicitudes posteriores. Los fondos aprobados vuelven a su saldo.
mdf-claim-no-proof = Primero adjunte el comprobante de ejecución: una factura, fotos o la lista de asistentes o de clientes potenciales.
mdf-claim-over-cap = Como máximo { $cap }: no puede superar la solicitud aprobada ni el { $percent } % del costo real.
mdf-payment-reference-empty = Escriba la referencia del pago (número de transferencia o de nota de crédito).
mdf-paid-on = Escriba la fecha de pago (no puede ser futura).

## Comprobante de ejecución (archivos cargados)
# $status: la etiqueta del estado de la solicitud
mdf-proof-closed = Esta solicitud está «{ $status }»; solo se pueden añadir comprobantes mientras su solicitud de reembolso esté abierta.
mdf-proof-deadline = La fecha límite para solicitar el reembolso de esta actividad fue el { $date }.
mdf-proof-max = Una solicitud de reembolso admite como máximo { $max } archivos; elimine uno primero.
mdf-proof-submitted = Los archivos de una solicitud de reembolso enviada permanecen en ella.
mdf-upload-multipart = Envíe los archivos como multipart/form-data.
mdf-upload-unreadable = No se pudo leer el archivo cargado.
mdf-upload-request-first = Indique a qué solicitud pertenece el archivo (primero request_id).
mdf-upload-choose = Elija un archivo para cargar.
mdf-upload-csv-multipart = Envíe el CSV como multipart/form-data.
mdf-upload-csv-utf8 = El CSV no está en texto UTF-8. Guárdelo como «CSV UTF-8».
mdf-upload-csv-choose = Elija un archivo CSV.
mdf-download-which = ¿Qué archivo? Indique su ID.

## Notas del historial que escribe el portal (importes en la moneda de la solicitud)
mdf-note-claimed = Reembolso solicitado: { $claimed }, el { $percent } % del costo real de { $cost }.
mdf-note-released = Se devuelven al saldo { $released } de los { $committed } comprometidos.
mdf-note-payment = Referencia del pago: { $reference }.
# $reason: lo que escribió el fabricante
mdf-note-partial = Se aprobaron { $approved } de los { $requested } solicitados. { $reason }
mdf-note-cancelled = Cancelada por el partner.
mdf-note-resubmitted = Modificada y enviada de nuevo.
mdf-note-expired = No se presentó la solicitud de reembolso antes de la fecha límite; los fondos volvieron al saldo.
mdf-note-escalated = Se superó el tiempo de decisión; se avisó a los administradores del fabricante.

## Notificaciones y correos electrónicos ($status: la etiqueta del nuevo estado; $amount: un importe)
mdf-notify-title = { $status }: { $title }
mdf-notify-request-title = Solicitud de MDF: { $title }
mdf-notify-claim-title = Solicitud de reembolso de MDF: { $title }
mdf-notify-asks = { $company } solicita { $amount } ({ $activity }).
mdf-notify-body = { $status }
mdf-notify-body-amount = { $status } · { $amount }
# $note: lo que escribió el fabricante o el partner
mdf-notify-body-note = { $status }
    { $note }
mdf-notify-body-amount-note = { $status } · { $amount }
    { $note }
# La línea del estado y, debajo, la nota del historial (el mismo mensaje, con sus valores).
mdf-notify-claimed = { $status } · { $amount }
    { mdf-note-claimed }
mdf-notify-released = { $status } · { $amount }
    { mdf-note-released }
mdf-notify-payment = { $status } · { $amount }
    { mdf-note-payment }
mdf-notify-partial = { $status } · { $amount }
    { mdf-note-partial }
mdf-notify-resubmitted = { $status } · { $amount }
    { mdf-note-resubmitted }
mdf-notify-expired = { $status } · { $amount }
    { mdf-note-expired }
mdf-notify-cancelled = { $status }
    { mdf-note-cancelled }
mdf-notify-cancelled-amount = { $status } · { $amount }
    { mdf-note-cancelled }
mdf-overdue-request-title = Solicitud de MDF con retraso: { $subject }
mdf-overdue-claim-title = Solicitud de reembolso de MDF con retraso: { $subject }
mdf-overdue-request-body = Esta solicitud de MDF lleva más tiempo en espera que el plazo de decisión del programa.
mdf-overdue-claim-body = Esta solicitud de reembolso de MDF lleva más tiempo en espera que el plazo de decisión del programa.
mdf-allocated-title = Fondos MDF asignados: { $amount } para { $period }
mdf-allocated-body = Su empresa dispone ahora de { $available } para actividades de marketing.
mdf-allocated-body-upload = Su empresa dispone de nuevos fondos de marketing.

## Asignaciones: el formulario, el CSV y sus líneas
mdf-period-shape = Escriba un período como 2026-Q4 o 2026.
mdf-period-give = Indique un período como 2026-Q4.
mdf-currency-choose = Elija una moneda de la lista.
mdf-fund-currency = Los fondos de { $period } de esta empresa están en { $currency }; asigne en esa moneda.
mdf-fund-expired = Los fondos de { $period } vencieron; asigne a un período vigente.
# Qué es una línea del CSV de asignaciones, en plural (en los errores del CSV).
mdf-sheet-rows = asignaciones
mdf-csv-company-missing = Falta la empresa.
mdf-csv-period = «{ $period }» no es un período como 2026-Q4 o 2026.
# $error: por qué se rechazó el importe
mdf-csv-amount = Importe: { $error }
mdf-csv-currency = «{ $currency }» no es una moneda que use el programa.
mdf-csv-no-company = No hay ninguna empresa partner llamada «{ $company }».
mdf-csv-ambiguous = «{ $company }» coincide con más de una empresa; use su ID.
mdf-csv-expired = Los fondos de { $period } vencieron.
mdf-csv-fund-currency = Los fondos de { $period } de esta empresa están en { $currency }.
mdf-csv-reduction = La reducción supera el saldo disponible de { $available }.
mdf-csv-has-errors = Algunas líneas tienen errores; no se aplicó nada. Corrija el archivo y vuelva a cargarlo.

## Las reglas del programa
mdf-settings-claim-days = El plazo para solicitar el reembolso debe ser un número entero de { $min } a { $max }.
mdf-settings-max-percent = El porcentaje de reembolso debe ser un número entero de { $min } a { $max }.
mdf-settings-sla-hours = El tiempo de aprobación debe ser un número entero de { $min } a { $max }.
mdf-settings-period = Elija trimestre o año.

## Piezas compartidas de las páginas
mdf-funds-link = Fondos de marketing
mdf-request-funds = Solicitar fondos
mdf-queues-link = Colas
mdf-budgets-link = Presupuestos
mdf-balance-allocated = Asignado
mdf-balance-available = Disponible
mdf-balance-committed = Comprometido
mdf-balance-claimed = En reembolso
mdf-balance-paid = Pagado
mdf-col-activity = Actividad
mdf-col-partner = Partner
mdf-col-region = Región
mdf-col-status = Estado
mdf-col-requested = Solicitado
mdf-col-approved = Aprobado
mdf-col-claimed = Reembolso
mdf-col-to-pay = A pagar
mdf-col-next-step = Próximo paso
mdf-col-waiting-since = En espera desde
mdf-col-clock = Plazo

## La tarjeta de fondos
mdf-balance-title = Saldo de MDF
mdf-balance-none = Aún no se han asignado fondos de desarrollo de mercado a su empresa para este período. Su gerente de canal se encarga de asignarlos.
mdf-balance-period = Saldo de MDF · { $period }
mdf-balance-requestable = disponibles para solicitar
mdf-balance-bar = Pagado: { $paid }; en reembolso: { $claimed }; comprometido: { $committed }; disponible: { $available }, de un total asignado de { $allocated }
mdf-balance-pending = En solicitudes pendientes de aprobación
mdf-balance-expired = Vencido
mdf-balance-expires = Los fondos no utilizados vencen al cierre de { $period } ({ $date }).
mdf-balance-claims-due = { $count ->
    [one] Debe presentar { $count } solicitud de reembolso en los próximos 14 días.
   *[other] Debe presentar { $count } solicitudes de reembolso en los próximos 14 días.
}
mdf-balance-file-them = Presentar ahora

## La lista de solicitudes
mdf-list-title = Fondos de marketing
mdf-list-lead-partner = Solicite fondos para actividades de marketing, recupérelos con comprobantes y consulte en qué punto está cada importe.
mdf-list-lead-staff = Solicitudes de MDF y de reembolso de las empresas partner que usted gestiona.
mdf-filter-label = Filtrar por estado
mdf-filter-open = Abiertas
mdf-filter-submitted = Pendientes de aprobación
mdf-filter-approved = Reembolso por solicitar
mdf-filter-claimed = Reembolsos en revisión
mdf-filter-reimbursed = Pagadas
mdf-filter-all = Todas
mdf-list-empty-title = No hay nada aquí
mdf-list-empty-partner = No hay solicitudes con este estado. Solicite fondos para su próximo evento, seminario web o campaña.
mdf-list-empty-staff = No hay solicitudes con este estado.

## El formulario de solicitud
mdf-new-page-title = Solicitar fondos
mdf-edit-page-title = Modificar solicitud
mdf-new-heading = Solicitar fondos de marketing
mdf-edit-heading = Modificar la solicitud
mdf-new-lead = Su empresa y su nombre se añaden automáticamente. Los campos marcados con * son obligatorios.
mdf-edit-lead = Modifique lo que le preguntó su gerente de canal; al guardar, la solicitud se vuelve a enviar.
mdf-manager-asked = Su gerente de canal preguntó:
mdf-form-activity = Actividad
mdf-form-kind = Tipo de actividad *
mdf-form-title = Título *
mdf-form-title-hint = Por ejemplo: «Desayuno sobre seguridad en la nube, Madrid».
mdf-form-first-day = Primer día *
mdf-form-last-day = Último día *
mdf-form-description = Qué va a hacer
mdf-form-description-hint = Público, canales y productos del fabricante que se presentarán.
mdf-form-money = Importes ({ $currency })
mdf-form-total-cost = Costo total *
mdf-form-requested = Importe solicitado *
mdf-form-contribution = Su contribución
mdf-form-optional = Opcional
mdf-form-expected = Resultados esperados
mdf-form-leads = Clientes potenciales
mdf-form-pipeline = Pipeline
mdf-form-pipeline-hint = Opcional, en la misma moneda
mdf-form-sending = Enviando…
mdf-form-resubmit = Guardar y volver a enviar
mdf-form-submit = Enviar solicitud
mdf-form-cancel = Cancelar
mdf-form-next-title = Qué sucede después
mdf-form-next-approve = Su gerente de canal aprueba la solicitud (total o parcialmente) y el importe queda reservado para usted.
mdf-form-next-claim = Después de la actividad, presente la solicitud de reembolso con comprobantes (facturas, fotos, listas de clientes potenciales) en un plazo de { $days } días a partir de su último día.
mdf-live-ok = Dentro de las reglas. Aún podría solicitar { $left } de su saldo.
mdf-live-up-to = Puede solicitar hasta { $max } para esta actividad.
mdf-live-rules = El programa reembolsa hasta el { $percent } % del costo; puede solicitar { $available }.

## Una solicitud
mdf-request-page-title = Solicitud de MDF
mdf-request-doc-title = { $title } · MDF #{ $id }
mdf-request-subtitle = { $activity } · { $start } – { $end } · solicitada por { $owner } de { $company }
mdf-change-resubmit = Modificar y volver a enviar
mdf-notice-sent-in = Solicitud enviada en { $duration }. Se ha notificado a su gerente de canal.
mdf-notice-sent = Solicitud enviada. Se ha notificado a su gerente de canal.
mdf-notice-claimed = Solicitud de reembolso presentada. El equipo del fabricante la revisará.
mdf-notice-uploaded = { $count ->
    [one] Se añadió { $count } archivo a la solicitud de reembolso.
   *[other] Se añadieron { $count } archivos a la solicitud de reembolso.
}
mdf-claim-due = { $days ->
    [one] Solicite el reembolso hasta el { $date } (queda { $days } día)
   *[other] Solicite el reembolso hasta el { $date } (quedan { $days } días)
}
mdf-claim-deadline-passed = La fecha límite para solicitar el reembolso venció el { $date }.
mdf-vendor-note = Nota del fabricante:
mdf-claim-reason = Sobre la solicitud de reembolso:
mdf-section-request = Solicitud
mdf-fact-total-cost = Costo total
mdf-fact-requested = Solicitado
mdf-fact-contribution = Contribución del partner
mdf-fact-reimbursed-up-to = Reembolso máximo
mdf-fact-share = { $percent } % del costo
mdf-fact-expected = Resultados esperados
mdf-expected-leads = { $leads ->
    [one] { $leads } cliente potencial
   *[other] { $leads } clientes potenciales
}
mdf-expected-leads-pipeline = { $leads ->
    [one] { $leads } cliente potencial · { $pipeline } de pipeline
   *[other] { $leads } clientes potenciales · { $pipeline } de pipeline
}
mdf-fact-funds = Fondos
mdf-fact-submitted = Enviada
mdf-fact-time-to-request = Tiempo de solicitud
mdf-fact-approved = Aprobado
mdf-fact-plan = Plan
mdf-section-claim = Solicitud de reembolso
mdf-fact-filed = Presentada
mdf-fact-actual-cost = Costo real
mdf-fact-claimed = Importe solicitado
mdf-fact-leads = Clientes potenciales
mdf-fact-approved-for-payment = Aprobado para pago
mdf-fact-paid = Pagado
mdf-paid-ref = { $date } · ref. { $reference }
mdf-section-deals = Oportunidades generadas por esta actividad
mdf-section-history = Historial
# Quién actuó, cuando lo hizo el portal (una tarea)
mdf-history-portal = Portal
mdf-event-requested = Solicitada
mdf-event-proof-added = Comprobante añadido
mdf-event-proof-removed = Comprobante eliminado
mdf-event-escalated = Escalada a los administradores del fabricante
mdf-event-claim-filed = Solicitud de reembolso presentada
mdf-fund-mini-title = { $company }: fondos
mdf-proof-title = Comprobante de ejecución
mdf-proof-none = Aún no hay archivos. Adjunte facturas, fotos o la lista de asistentes o de clientes potenciales.
mdf-proof-remove = Eliminar
mdf-proof-remove-label = Eliminar { $name }
mdf-proof-add = Añadir archivos
mdf-proof-hint = PDF, PNG, JPEG, CSV o XLSX, de hasta 10 MB cada uno; hasta 3 por carga.
mdf-proof-upload = Cargar
# El tamaño de un archivo ($size: un número)
mdf-size-mb = { $size } MB
mdf-size-kb = { $size } KB
mdf-decision-title = Decisión
mdf-decision-available = Disponible en los fondos de este partner: { $amount }
mdf-decision-amount = Importe a aprobar
mdf-decision-amount-hint = Redúzcalo para aprobar parcialmente (indique el motivo abajo).
mdf-decision-reason = Comentario o motivo
mdf-decision-approve = Aprobar
mdf-decision-return = Devolver para cambios
mdf-decision-decline = Denegar
mdf-claim-title = Presentar la solicitud de reembolso
mdf-claim-terms = Aprobado: { $approved }. Reembolso: hasta el { $percent } % del costo real.
mdf-claim-actual-cost = Costo real *
mdf-claim-leads = Clientes potenciales generados
mdf-claim-deals = Oportunidades generadas por esta actividad
mdf-claim-notes = Notas
mdf-claim-submit = Enviar solicitud de reembolso
mdf-claim-submit-again = Volver a enviar la solicitud de reembolso
mdf-review-title = Revisar la solicitud de reembolso
mdf-review-cap = Como máximo { $cap }: no puede superar la solicitud aprobada ni el { $percent } % del costo real.
mdf-review-amount = Importe a pagar
mdf-review-approve = Aprobar reembolso
mdf-review-changes = Solicitar cambios
mdf-review-reject = Rechazar
mdf-pay-title = Registrar el pago
mdf-pay-reference = Referencia del pago *
mdf-pay-paid-on = Fecha de pago
mdf-pay-submit = Marcar { $amount } como pagado
mdf-cancel-activity = Cancelar la actividad (los fondos se devuelven)
mdf-cancel-request = Cancelar esta solicitud

## Las colas del fabricante
mdf-queue-title = Colas de MDF
mdf-queue-lead = Solicitudes por aprobar, reembolsos por revisar y pagos por registrar; primero los más antiguos.
mdf-queue-requests = Solicitudes pendientes de aprobación
mdf-queue-claims = Solicitudes de reembolso por revisar
mdf-queue-payments = Reembolsos aprobados por pagar
mdf-queue-requests-empty = No hay solicitudes pendientes.
mdf-queue-claims-empty = No hay solicitudes de reembolso pendientes.
mdf-queue-payments-empty = No hay pagos pendientes.

## Presupuestos y retorno del MDF
mdf-budgets-title = Presupuestos de MDF
mdf-budgets-lead = Fondos asignados, comprometidos, en reembolso, pagados y disponibles por período, región y partner, y lo que aportaron las actividades.
mdf-budgets-allocated = Fondos asignados. Se notificó a los administradores del partner.
mdf-budgets-applied = Asignaciones aplicadas desde la carga: { $count }.
mdf-budgets-saved = Reglas de MDF guardadas.
mdf-budgets-period = Período
mdf-budgets-empty-title = No hay fondos en este período
mdf-budgets-empty = Aún no hay nada asignado para { $period }.
mdf-budgets-by-region = Por región · { $period }
mdf-budgets-by-partner = Por partner · { $period }
mdf-budgets-by-region-label = Fondos por región
mdf-budgets-by-partner-label = Fondos por partner
mdf-budgets-expired = Vencido: { $amount }
mdf-roi-title = Retorno del MDF
mdf-roi-empty = Aún no hay solicitudes de reembolso aprobadas en este período. El ROI aparece cuando se aprueban solicitudes de reembolso vinculadas a oportunidades.
mdf-roi-lead = Solicitudes de reembolso aprobadas frente a las oportunidades que los partners vincularon a ellas (solo en la misma moneda). Pipeline: registros abiertos por su valor estimado; ganado: valores finales.
mdf-roi-by-activity = Por actividad
mdf-roi-by-partner = Por partner
mdf-roi-by-activity-label = Retorno del MDF por actividad
mdf-roi-by-partner-label = Retorno del MDF por partner
mdf-roi-activities = Actividades
mdf-roi-spent = MDF invertido
mdf-roi-leads = Clientes potenciales
mdf-roi-deals = Oportunidades
mdf-roi-pipeline = Pipeline
mdf-roi-won = Ganado
mdf-roi-pipeline-per = Pipeline por MDF
mdf-roi-won-per = Ganado por MDF
# Lo que aportaron las oportunidades vinculadas por unidad de MDF invertido ($ratio: un número)
mdf-roi-ratio = { $ratio }×

## La consola de presupuestos (administradores del fabricante)
mdf-admin-allocate-title = Asignar fondos
mdf-admin-company = Empresa partner
mdf-admin-period = Período *
mdf-admin-period-hint = 2026-Q4 o 2026
mdf-admin-amount = Importe *
mdf-admin-amount-hint = Negativo para reducir
mdf-admin-currency = Moneda
mdf-admin-note = Nota
mdf-admin-allocate = Asignar
mdf-admin-upload-title = Cargar asignaciones (CSV)
mdf-admin-upload-lead = Columnas: company (nombre o ID), period, amount, currency, note. Primero verá una vista previa; no se aplica nada hasta que todas las líneas sean válidas.
mdf-admin-csv-file = Archivo CSV
mdf-admin-upload = Cargar y previsualizar
mdf-admin-paste = …o pegue las líneas
mdf-admin-preview = Previsualizar
mdf-admin-rules-title = Reglas de MDF
mdf-admin-period-kind = Los fondos se asignan por
mdf-admin-quarter = Trimestre
mdf-admin-year = Año
mdf-admin-claim-days = Plazo para solicitar el reembolso (días después de la actividad)
mdf-admin-max-percent = Porcentaje máximo de reembolso
mdf-admin-max-percent-hint = 100 o, p. ej., 50 para marketing cooperativo
mdf-admin-sla-hours = Tiempo de decisión (horas)
mdf-admin-expire-funds = Los fondos no utilizados vencen al cierre de su período
mdf-admin-save-rules = Guardar reglas
mdf-preview-title = Vista previa: { $file }
mdf-preview-title-pasted = Vista previa: líneas pegadas
mdf-preview-applied = Esta carga ya se aplicó.
mdf-preview-valid = { $count ->
    [one] La única línea es válida; total: { $total }.
   *[other] Las { $count } líneas son válidas; total: { $total }.
}
mdf-preview-apply = { $count ->
    [one] Aplicar { $count } asignación
   *[other] Aplicar { $count } asignaciones
}
mdf-preview-errors = { $bad ->
    [one] { $bad } de las { $count } líneas tiene errores. No se aplicó nada: corrija el archivo y vuelva a cargarlo.
   *[other] { $bad } de las { $count } líneas tienen errores. No se aplicó nada: corrija el archivo y vuelva a cargarlo.
}
mdf-preview-lines = Líneas de la carga
mdf-preview-col-line = Línea
mdf-preview-col-company = Empresa
mdf-preview-col-period = Período
mdf-preview-col-amount = Importe
mdf-preview-col-problems = Problemas
mdf-preview-ok = Correcta
