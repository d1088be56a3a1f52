
## Etiquetas de valores almacenados (string_enum!)
deal-status-draft = Devuelta para cambios
deal-status-submitted = Pendiente de aprobación
deal-status-approved = Aprobada
deal-status-rejected = Rechazada
deal-status-won = Ganada
deal-status-lost = Perdida
deal-status-expired = Vencida
deal-status-withdrawn = Retirada
deal-type-new = Nuevo negocio
deal-type-upsell = Venta adicional
deal-type-renewal = Renovación
stage-qualify = Calificación
stage-discovery = Descubrimiento
stage-proposal = Propuesta
stage-negotiation = Negociación
stage-commit = Compromiso
rule-action-auto-approve = Aprobar automáticamente
rule-action-route-manager = Enviar al gerente de canal de la empresa
rule-action-route-admin = Enviar a los administradores del fabricante
conflict-condition-any = Con o sin conflicto
conflict-condition-none = Solo sin conflicto
conflict-condition-conflict = Solo con conflicto

## Estados dentro de una frase ("Esta oportunidad está { $status }")
deal-state-draft = devuelta para cambios
deal-state-submitted = pendiente de aprobación
deal-state-approved = aprobada
deal-state-rejected = rechazada
deal-state-won = ganada
deal-state-lost = perdida
deal-state-expired = vencida
deal-state-withdrawn = retirada

## Cómo se llama un registro (cambios de estado: workflow-not-allowed, workflow-stale)
deal-noun = oportunidad

## Por qué dos registros parecen el mismo cliente
deal-match-same-domain = mismo dominio
deal-match-similar-name = nombre de empresa similar

## Quién hizo algo
deal-actor-system = { app-name }
deal-actor-vendor-team = Equipo del fabricante

## Etiquetas compartidas
deal-label-customer = Cliente
deal-label-partner = Partner
deal-label-status = Estado
deal-label-stage = Etapa
deal-label-value = Valor
deal-label-products = Productos
deal-label-submitted = Enviada
deal-label-expected-close = Cierre previsto
deal-label-deal-type = Tipo de oportunidad
deal-label-contact = Contacto
deal-label-country = País
deal-label-registration-time = Tiempo de registro
deal-form-from-lead = Completado a partir del cliente potencial n.º { $id }. Revise los datos y regístrela.
deal-label-source = Origen
deal-from-lead = Cliente potencial del fabricante n.º { $id }
deal-error-lead-gone = Este cliente potencial ya no se puede registrar: se convirtió, se cerró o se ofreció a otro partner.
deal-label-won-value = Valor ganado
deal-label-lost-because = Motivo de la pérdida
deal-label-decided-by = Decidida por
deal-label-notes = Notas
deal-conflict-badge = Conflicto
deal-exclusive-until = Exclusiva hasta el { $date }
deal-open = Abrir la oportunidad #{ $id }

## La lista de oportunidades
deal-list-title = Oportunidades
deal-list-title-staff = Oportunidades
deal-list-title-partner = Mis oportunidades
deal-list-lead-staff = Registros de las empresas partner a su cargo.
deal-list-lead-partner = Los registros de oportunidades de su empresa.
deal-list-register = Registrar una oportunidad
deal-list-search = Nombre del cliente
deal-list-any-status = Cualquier estado
deal-list-any-stage = Cualquier etapa
deal-list-expiring = Vencen en los próximos 30 días
deal-list-filter = Filtrar
deal-list-empty = No hay oportunidades
deal-list-empty-staff = Nada coincide con estos filtros.
deal-list-empty-partner = Registre su primera oportunidad: tarda aproximadamente un minuto.
deal-list-close = Cierre
deal-list-updated = Actualizada

## El formulario de registro
deal-new-title = Registrar una oportunidad
deal-new-lead = Su empresa y su nombre se añaden automáticamente. Los campos marcados con * son obligatorios.
deal-edit-title = Editar el registro
deal-edit-lead = Modifique lo que preguntó el equipo del fabricante; al guardar, el registro devuelto se vuelve a enviar.
deal-form-customer = Cliente
deal-form-customer-name = Empresa cliente *
deal-form-customer-domain = Sitio web del cliente *
deal-form-customer-domain-hint = Por ejemplo, acme.com: identifica al cliente.
deal-form-contact-name = Nombre del contacto *
deal-form-contact-email = Correo electrónico del contacto *
deal-form-contact-phone = Teléfono del contacto
deal-form-country = País del cliente
deal-form-products = Productos *
deal-form-deal = Oportunidad
deal-form-value = Valor estimado *
deal-form-value-hint = Antes de descuentos, p. ej., 25000
deal-form-currency = Moneda
deal-form-close-date = Cierre previsto *
deal-form-notes-hint = Todo lo que deba saber quien aprueba: competencia, plazos, el proyecto del cliente.
deal-form-submit = Registrar oportunidad
deal-form-resubmit = Guardar y volver a enviar
deal-form-save = Guardar cambios
deal-form-saving = Guardando…
deal-form-cancel = Cancelar
deal-check-title = Comprobación de conflictos
deal-check-idle = Mientras escribe el nombre y el sitio web del cliente, comprobamos si ya existen registros.
deal-check-clear = No se encontró ningún registro activo para este cliente.
deal-hint-own = Ya registró a este cliente ({ $reason }).
deal-hint-possible = Posible conflicto:
deal-hint-other = otro partner tiene un registro activo para este cliente ({ $reason }). Aun así, puede registrar la oportunidad; el equipo del fabricante revisará ambos registros.
deal-next-title = Qué sucede después
deal-next-median = Su gerente de canal decide; la mediana del tiempo de decisión en este trimestre es de { $duration }. Recibirá un aviso en el portal y por correo electrónico.
deal-next-default = Su gerente de canal decide dentro del plazo de aprobación del programa. Recibirá un aviso en el portal y por correo electrónico.
deal-next-exclusive = Los registros aprobados le otorgan exclusividad durante el período de protección del programa.

## Una oportunidad
deal-page-title = Oportunidad
deal-view-title = { $customer } · oportunidad #{ $id }
deal-crumb-deals = Oportunidades
deal-view-byline = { $domain } · registrada por { $owner } de { $company }
deal-notice-registered-approved = Registrada y aprobada.
deal-notice-registered-in = Registrada en { $duration }. Se ha notificado al equipo del fabricante.
deal-notice-registered = Registrada. Se ha notificado al equipo del fabricante.
deal-notice-saved = Cambios guardados.
deal-edit = Editar
deal-edit-resubmit = Editar y volver a enviar
deal-second-partner = Segundo partner
deal-exclusive-until-left = Exclusiva hasta el { $date } ({ $days ->
    [one] queda { $days } día
   *[other] quedan { $days } días
})
deal-conflict-alert = Otro partner tiene un registro activo para este cliente ({ $reasons }). El equipo del fabricante revisará ambos.
deal-vendor-note = Nota del fabricante:
deal-registration = Registro
deal-history = Historial
deal-nothing-to-do = Esta oportunidad está { $status }; no hay nada más que hacer aquí.

## Historial
deal-event-submitted = Registrada
deal-event-progress = Etapa actualizada
deal-event-edited = Editada
deal-event-resubmitted = Enviada de nuevo
deal-event-reminder = Recordatorio enviado
deal-event-escalated = Escalada a los administradores del fabricante
deal-event-extension-requested = Prórroga solicitada
deal-event-extension-granted = Prórroga concedida
deal-event-extension-refused = Prórroga denegada
deal-event-info-requested = Se solicitó más información
deal-field-customer-name = nombre del cliente
deal-field-customer-domain = dominio del cliente
deal-field-contact-name = nombre del contacto
deal-field-contact-email = correo electrónico del contacto
deal-field-contact-phone = teléfono del contacto
deal-field-country = país
deal-field-value = valor
deal-field-close-date = fecha de cierre
deal-field-deal-type = tipo de oportunidad
deal-field-notes = notas
deal-field-products = productos
deal-field-exclusive-until = exclusiva hasta
deal-field-final-value = valor final
deal-field-stage = etapa
deal-field-probability = probabilidad
deal-note-registered-in = Registrada en { $duration }.
deal-note-auto-approved = Aprobada automáticamente por una regla de aprobación.
deal-note-approved = Aprobada. Exclusiva hasta el { $date }.
deal-note-approved-reason = Aprobada. Exclusiva hasta el { $date }. { $reason }
deal-note-resubmitted = Modificada y enviada de nuevo.
deal-note-expired = Finalizó el período de exclusividad.
deal-note-escalated = Se superó el SLA de aprobación; escalada a los administradores del fabricante.

## Registros en conflicto, lado a lado (personal del fabricante)
deal-compare-title = Registros en conflicto
deal-compare-this = Esta oportunidad #{ $id }
deal-compare-other = Oportunidad #{ $id }
deal-compare-match = Coincidencia
deal-compare-resolve = Resuélvalo aprobando uno y rechazando el otro, o apruebe ambos con «Aprobar como segundo partner» (modelo de dos niveles, distribuidor).

## Acciones sobre una oportunidad
deal-decision = Decisión
deal-decision-reason = Motivo o nota para el partner
deal-decision-approve = Aprobar
deal-decision-info = Solicitar información
deal-decision-reject = Rechazar
deal-decision-approve-second = Aprobar como segundo partner
deal-pipeline = Pipeline
deal-probability-field = Probabilidad (%)
deal-update-stage = Actualizar etapa
deal-close-title = Cerrar la oportunidad
deal-final-value = Valor final
deal-mark-won = Marcar como ganada
deal-lost-reason = ¿Por qué se perdió?
deal-mark-lost = Marcar como perdida
deal-extension-requested-note = Prórroga solicitada: { $reason }
deal-extension-granted-note = Prórroga concedida.
deal-extension-refused-note = Prórroga denegada.
deal-extension-request = Solicitud de prórroga
deal-extension-note = Nota para el partner
deal-extension-grant = Conceder prórroga
deal-extension-refuse = Denegar
deal-extension-ask-title = ¿Necesita más tiempo?
deal-extension-ask-text = Puede solicitar una sola vez que se prorrogue la exclusividad de este registro.
deal-extension-reason = ¿Por qué necesita más tiempo la oportunidad?
deal-extension-submit = Solicitar prórroga
deal-withdraw = Retirar este registro

## La cola de aprobación
deal-queue-title = Aprobaciones
deal-queue-lead = Registros pendientes a su cargo, primero los más urgentes.
deal-queue-empty = Nada pendiente
deal-queue-empty-text = Todos los registros a su cargo tienen una decisión.
deal-queue-waiting = En espera
deal-queue-sla = SLA
deal-queue-extension = solicitud de prórroga
deal-queue-escalated = Escalada

## Análisis
deal-analytics-title = Análisis de oportunidades
deal-analytics-lead = Tiempo de registro frente a la referencia de 90 segundos, tiempo de aprobación y conflictos de los partners a su cargo.
deal-analytics-period = Período
deal-analytics-days = { $days } días
deal-analytics-months = { $months } meses
deal-analytics-summary = Últimos { $days } días: { $registrations ->
    [one] { $registrations } registro
   *[other] { $registrations } registros
}, { $timed } con tiempo medido y { $decisions } con decisión de una persona.
deal-analytics-registration-median = Mediana del tiempo de registro
deal-analytics-p90 = p90: { $duration }
deal-analytics-target = objetivo: 90 s
deal-analytics-under-90 = Registradas en menos de 90 s
deal-analytics-approval-median = Mediana del tiempo de aprobación
deal-analytics-conflict-rate = Tasa de conflictos
deal-analytics-conflicts = { $count ->
    [one] { $count } registro en conflicto
   *[other] { $count } registros en conflicto
}
deal-analytics-by-partner = Tiempo de registro por partner
deal-analytics-empty = Aún no hay registros
deal-analytics-empty-text = Las cifras aparecerán con los primeros registros del período.
deal-analytics-registrations = Registros
deal-analytics-median = Mediana
deal-analytics-p90-column = p90
deal-analytics-against = Frente a 90 s
deal-analytics-within = Cumple
deal-analytics-slower = Más lento
deal-analytics-not-timed = Sin medir

## El programa de oportunidades (administradores del fabricante)
deal-admin-title = Programa de oportunidades
deal-admin-lead = Exclusividad, SLA de aprobación, reglas de aprobación y los productos que registran los partners.
deal-admin-any-company = Cualquier empresa
deal-admin-any-product = Cualquier producto
deal-admin-any-region = Cualquier región
deal-admin-rules = Reglas de aprobación
deal-admin-rules-intro = Decide la primera regla que coincida (según el orden). Si ninguna coincide, decide el gerente de canal de la empresa o, si no tiene ninguno asignado, cualquier administrador del fabricante. Un registro en conflicto nunca se aprueba automáticamente.
deal-admin-rules-empty = Aún no hay reglas
deal-admin-rules-empty-text = Todos los registros van al gerente de canal de la empresa.
deal-admin-order = Orden
deal-admin-order-hint = El número más bajo se aplica primero.
deal-admin-rule = Regla
deal-admin-when = Condición
deal-admin-then = Resultado
deal-admin-actions = Acciones
deal-rule-when-min = valor ≥ { $value }
deal-rule-when-max = valor < { $value }
deal-rule-when-any = con o sin conflicto
deal-rule-when-none = solo sin conflicto
deal-rule-when-conflict = solo con conflicto
deal-admin-paused = En pausa
deal-admin-delete = Eliminar
deal-admin-delete-rule = Eliminar la regla { $name }
deal-admin-add-rule-title = Añadir una regla
deal-admin-rule-name = Nombre
deal-admin-company = Empresa
deal-admin-region = Región
deal-admin-product = Producto
deal-admin-value-from = Valor desde
deal-admin-value-below = Valor inferior a
deal-admin-conflict = Conflicto
deal-admin-active = Activa
deal-admin-add-rule = Añadir regla
deal-admin-settings = Configuración del programa
deal-admin-settings-saved = Configuración guardada.
deal-admin-exclusivity = Exclusividad (días)
deal-admin-exclusivity-hint = Se concede al aprobar; lo habitual es entre 30 y 120.
deal-admin-sla = SLA de aprobación (horas)
deal-admin-sla-hint = Al superarse, se escala a los administradores del fabricante.
deal-admin-extension = Prórroga (días)
deal-admin-reminders = Recordatorios (días antes del vencimiento)
deal-admin-reminders-hint = Por ejemplo: 14, 3
deal-admin-save-settings = Guardar configuración
deal-admin-product-registrations = { $sku } · { $count ->
    [one] { $count } registro
   *[other] { $count } registros
}
deal-admin-retire = Retirar
deal-admin-retire-named = Retirar { $name }
deal-admin-offer-again = Volver a ofrecer
deal-admin-offer-again-named = Volver a ofrecer { $name }
deal-admin-sku = SKU
deal-admin-product-name = Nombre del producto
deal-admin-add-product = Añadir producto

## Errores y reglas de los campos
deal-error-not-editable = Esta oportunidad está { $status }; solo se pueden editar los registros pendientes o devueltos.
deal-error-stage-closed = Esta oportunidad está { $status }; su etapa ya no puede cambiar.
deal-error-probability-whole = La probabilidad debe ser un porcentaje entero de 0 a 100.
deal-error-probability = La probabilidad debe ser un porcentaje de 0 a 100.
deal-error-stage = Elija una etapa de la lista.
deal-error-outcome = Elija ganada o perdida.
deal-error-decision = Decisión desconocida.
deal-error-duplicate = Su empresa ya registró a este cliente (oportunidad #{ $id }).
deal-error-duplicate-field = Coincide con su oportunidad #{ $id } ({ $reason }).
deal-error-rival-approved = La oportunidad #{ $id } de otro partner ya está aprobada para este cliente. Rechace este registro o apruébelo como segundo partner.
deal-error-reason-long = El motivo debe tener menos de 1000 caracteres.
deal-error-reject-reason = Indique por qué se rechaza el registro; el partner lo verá.
deal-error-info-reason = Indique qué información falta; el partner lo verá.
deal-error-lost-reason = Indique en pocas palabras por qué se perdió la oportunidad (hasta 500 caracteres).
deal-error-extension-reason = Indique en una frase por qué la oportunidad necesita más tiempo (hasta 1000 caracteres).
deal-error-extension-once = La prórroga solo se puede solicitar una vez y mientras el registro aprobado conserve la exclusividad.
deal-error-extension-refuse-reason = Indique por qué se deniega la prórroga; el partner lo verá.
deal-error-extension-none = Esta oportunidad no tiene ninguna solicitud de prórroga abierta.
deal-error-domain-empty = Escriba el sitio web del cliente, por ejemplo acme.com.
deal-error-domain-shape = Escriba un sitio web como acme.com.
deal-error-phone = Escriba un número de teléfono solo con dígitos, espacios y + - ( ).
deal-error-currency = Elija una moneda de la lista.
deal-error-close-empty = Escriba la fecha de cierre prevista.
deal-error-close-shape = Escriba una fecha como 2027-03-31.
deal-error-close-past = La fecha de cierre prevista no puede estar en el pasado.
deal-error-close-far = Los registros abarcan oportunidades que se cierren en un plazo máximo de tres años.
deal-error-type = Elija nuevo negocio, venta adicional o renovación.
deal-error-notes-long = Las notas están limitadas a { $max } caracteres; acórtelas.
deal-error-products-none = Elija al menos un producto.
deal-error-products-many = Elija como máximo { $max } productos.
deal-error-products-unknown = Elija productos de la lista.
deal-error-exclusivity-range = La exclusividad debe ser un número entero de { $min } a { $max }.
deal-error-sla-range = El SLA de aprobación debe ser un número entero de { $min } a { $max }.
deal-error-extension-range = La prórroga debe ser un número entero de { $min } a { $max }.
deal-error-order-range = El orden debe ser un número entero de { $min } a { $max }.
deal-error-reminder-days = Indique los días antes del vencimiento, por ejemplo 14, 3 (cada uno de 1 a 120).
deal-error-choose-from-list = Elija una opción de la lista.
deal-error-rule-bounds = El límite superior debe ser mayor que el inferior.
deal-error-rule-conflict = Elija una condición de conflicto.
deal-error-rule-action = Elija qué hace la regla.
deal-error-rule-auto-conflict = Un conflicto nunca se aprueba automáticamente; elija a quién se envía.
deal-error-visibility = Elija una de las dos opciones.

## Notificaciones y sus correos electrónicos
deal-notify-new-title = Nuevo registro: { $customer } ({ $value })
deal-notify-new-body = Está pendiente de su decisión.
deal-notify-new-body-conflict = Está en conflicto con otro registro; compárelos antes de decidir.
deal-notify-approved-title = Aprobada: { $customer }
deal-notify-approved-body = Su registro se aprobó. Tiene la exclusividad hasta el { $date }.
deal-notify-registered-title = Registrada: { $customer }
deal-notify-registered-body = { $hours ->
    [one] Su registro está pendiente de aprobación; la decisión debe tomarse en un plazo de { $hours } hora.
   *[other] Su registro está pendiente de aprobación; la decisión debe tomarse en un plazo de { $hours } horas.
}
deal-notify-status-title = { $status }: { $customer }
deal-notify-status-body = La oportunidad ahora está { $status }.
# Las palabras de una persona (un motivo, una nota), tal como las escribió.
deal-notify-said = { $text }
deal-notify-resubmitted-title = Enviada de nuevo: { $customer }
deal-notify-resubmitted-body = El partner respondió a sus preguntas; el registro está pendiente de su decisión.
deal-notify-extension-requested-title = Prórroga solicitada: { $customer }
deal-notify-extension-granted-title = Prórroga concedida: { $customer } (exclusiva hasta el { $date })
deal-notify-extension-refused-title = Prórroga denegada: { $customer }
deal-notify-reminder-title = { $days ->
    [one] La exclusividad termina en { $days } día: { $customer }
   *[other] La exclusividad termina en { $days } días: { $customer }
}
deal-notify-reminder-body = Su registro tiene la exclusividad hasta el { $date }. Cierre la oportunidad, actualice su etapa o solicite una prórroga.
deal-notify-overdue-title = Aprobación con retraso: { $subject }
deal-notify-overdue-body = Se superó el SLA de aprobación sin una decisión. Decida o reasigne la aprobación.
