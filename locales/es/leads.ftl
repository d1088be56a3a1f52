# Clientes potenciales: los que el fabricante entrega a los partners (features/leads).

## Etiquetas de valores almacenados (string_enum!)
lead-status-queued = En la cola del fabricante
lead-status-offered = Ofrecido
lead-status-accepted = Aceptado
lead-status-contacted = Contactado
lead-status-qualified = Calificado
lead-status-converted = Convertido en oportunidad
lead-status-disqualified = Descalificado
lead-status-returned = Devuelto
lead-reject-not-our-region = No es nuestra región
lead-reject-no-capacity = Sin capacidad por ahora
lead-reject-not-qualified = No estamos calificados para este producto
lead-reject-already-customer = Ya es cliente nuestro
lead-reject-other = Otro motivo
lead-disq-no-budget = Sin presupuesto
lead-disq-no-need = Sin necesidad
lead-disq-unreachable = No se logró hablar con el contacto
lead-disq-competitor = Eligió a un competidor
lead-disq-duplicate = Duplicado de otro cliente potencial u oportunidad
lead-disq-other = Otro motivo
lead-source-campaign = Campaña
lead-source-web-form = Formulario web
lead-source-event = Evento
lead-source-referral = Recomendación del fabricante
lead-strategy-named = A un partner concreto
lead-strategy-round-robin = Por turnos
lead-strategy-weighted = Ponderado por nivel
lead-strategy-capacity = Según capacidad
lead-size-unknown = Tamaño desconocido
lead-size-small = Menos de 10.000
lead-size-medium = De 10.000 a 50.000
lead-size-large = De 50.000 a 250.000
lead-size-strategic = Más de 250.000

## Cómo se llama un cliente potencial en los cambios de estado (workflow-not-allowed, workflow-stale: «Esta … está», de ahí un sustantivo femenino)
lead-noun = ficha de cliente potencial

## Qué sucede después
lead-next-queued = A la espera de que el fabricante lo ofrezca a un partner.
lead-next-offered = Acéptelo o rechácelo antes de que venza la oferta.
lead-next-accepted = Póngase en contacto con el cliente.
lead-next-contacted = Califique al cliente potencial.
lead-next-qualified = Registre la oportunidad.
lead-next-converted = Registrado como oportunidad.
lead-next-disqualified = Cerrado sin oportunidad.
lead-next-returned = Devuelto; el fabricante lo ofrece a otro partner.

## La lista
lead-list-title = Clientes potenciales
lead-list-lead-partner = Clientes potenciales que le ofrece el fabricante. Acepte uno para ver el cliente y el contacto.
lead-list-lead-staff = Los clientes potenciales a su cargo y la cola que no tiene ningún partner.
lead-new-button = Añadir un cliente potencial
lead-rules-link = Reglas de distribución
lead-filter-label = Mostrar clientes potenciales
lead-filter-open = Abiertos
lead-filter-queue = En cola
lead-filter-offered = Ofrecidos
lead-filter-worked = En curso
lead-filter-closed = Cerrados
lead-filter-all = Todos
lead-col-lead = Cliente potencial
lead-col-partner = Partner
lead-col-status = Estado
lead-col-source = Origen
lead-col-next = Próximo paso
lead-list-empty-title = No hay clientes potenciales
lead-list-empty-partner = Cuando el fabricante le ofrezca un cliente potencial, aparecerá aquí y recibirá un aviso por correo electrónico.
lead-list-empty-staff = Añada un cliente potencial o cambie el filtro.
lead-offer-title = Cliente potencial #{ $id }
lead-teaser = { $region } · { $product } · { $size }
lead-any-product = Cualquier producto
lead-unassigned = Sin ofrecer
lead-held-short = Retenido: otro partner ha registrado a este cliente.
lead-clock-left = Quedan { $duration } para responder
lead-clock-ran-out = La oferta venció hace { $duration }
lead-notice-rejected = Cliente potencial rechazado. Pasa al siguiente partner.
lead-notice-returned = Cliente potencial devuelto al fabricante.

## Un cliente potencial
lead-page-title = Cliente potencial
lead-doc-title = { $name } · cliente potencial #{ $id }
lead-notice-created = Cliente potencial guardado y distribuido según las reglas.
lead-held = Retenido en la cola: { $company } tiene un registro activo de este cliente (oportunidad #{ $deal }). Nunca se ofrece automáticamente.
lead-held-open-deal = Abrir la oportunidad
lead-converted-to = Registrado como oportunidad
lead-section-lead = El cliente potencial
lead-section-contact = Cliente y contacto
lead-section-history = Historial
lead-history-portal = Portal de partners
lead-fact-region = Región
lead-fact-country = País
lead-fact-product = Producto de interés
lead-fact-size = Tamaño estimado
lead-fact-source = Origen
lead-fact-received = Recibido
lead-fact-partner = Partner
lead-fact-owner = Responsable
lead-fact-rule = Regla
lead-fact-customer = Cliente
lead-fact-contact = Contacto
lead-fact-email = Correo electrónico
lead-fact-phone = Teléfono
lead-fact-notes = Notas del fabricante
lead-contact-hidden = Los datos del cliente y del contacto se muestran cuando acepta el cliente potencial.

## Acciones
lead-answer-title = Su respuesta
lead-answer-text = Al aceptarlo, verá el cliente y el contacto, y el cliente potencial quedará a su cargo.
lead-accept = Aceptar el cliente potencial
lead-reject-open = Rechazar…
lead-reject-reason = Motivo
lead-reject-note = Nota
lead-reject-note-hint = Obligatoria para «Otro motivo».
lead-reject = Rechazar el cliente potencial
lead-work-title = Gestionar el cliente potencial
lead-convert = Registrar una oportunidad a partir de este cliente potencial
lead-convert-hint = El formulario de registro se abre con los datos del cliente potencial.
lead-mark-contacted = Marcar como contactado
lead-mark-qualified = Marcar como calificado
lead-colleague-title = Responsable
lead-colleague = Colega
lead-colleague-submit = Transferir
lead-end-title = Cerrar o devolver
lead-disqualify-reason = Motivo del cierre
lead-disqualify-note = Nota
lead-disqualify = Descalificar
lead-give-back-open = Devolver el cliente potencial…
lead-give-back-note = Por qué lo devuelve
lead-give-back = Devolver al fabricante
lead-assign-title = Ofrecer a un partner
lead-assign-company = Partner
lead-assign-by-rules = Según las reglas de distribución
lead-assign-submit = Ofrecer el cliente potencial
lead-close-title = Cerrar el cliente potencial
lead-close-note = Por qué nadie lo gestionará
lead-close-submit = Cerrar el cliente potencial

## El formulario de nuevo cliente potencial
lead-new-title = Añadir un cliente potencial
lead-new-lead = Las reglas de distribución lo ofrecen a un partner en cuanto lo guarda.
lead-form-customer = Cliente
lead-form-contact = Contacto
lead-form-interest = Interés
lead-field-customer = Nombre de la empresa *
lead-field-domain = Dominio del sitio web
lead-field-domain-hint = Sirve para encontrar registros del mismo cliente.
lead-field-country = País *
lead-field-region = Región *
lead-field-contact-name = Nombre del contacto *
lead-field-contact-title = Cargo
lead-field-contact-email = Correo electrónico *
lead-field-contact-phone = Teléfono
lead-field-product = Producto de interés
lead-field-value = Valor estimado
lead-field-value-hint = Opcional. Los partners solo ven su rango de tamaño hasta que aceptan.
lead-field-currency = Moneda
lead-field-source = Origen
lead-field-notes = Notas para el partner
lead-field-notes-hint = Se muestran al partner cuando acepta.
lead-new-submit = Guardar y distribuir
lead-cancel = Cancelar
lead-choose = Elija…

## Reglas de distribución
lead-rules-title = Reglas de distribución de clientes potenciales
lead-rules-lead = Las reglas se prueban en orden: la primera que coincide con un cliente potencial y encuentra un partner se lo ofrece. Si ninguna regla lo asigna, espera en la cola.
lead-rules-saved = Guardado.
lead-rules-empty-title = Aún no hay reglas
lead-rules-empty = Sin reglas, todos los clientes potenciales esperan en la cola a un gerente de canal.
lead-rule-col-name = Regla
lead-rule-col-when = Si el cliente potencial es
lead-rule-col-how = Se ofrece
lead-rule-col-hours = Horas para responder
lead-rule-col-actions = Acciones
lead-rule-any = Cualquier cliente potencial
lead-rule-off = Desactivada
lead-rule-up = Subir { $name }
lead-rule-down = Bajar { $name }
lead-rule-switch-off = Desactivar
lead-rule-switch-on = Activar
lead-rule-to-company = A { $company }
lead-rule-add-title = Añadir una regla
lead-rule-name = Nombre *
lead-rule-region = Región
lead-rule-country = País
lead-rule-product = Producto
lead-rule-tier = Nivel del partner
lead-rule-type = Tipo de partner
lead-rule-strategy = Cómo se ofrece
lead-rule-company = Partner concreto
lead-rule-hours = Horas para responder
lead-rule-any-region = Cualquier región
lead-rule-any-country = Cualquier país
lead-rule-any-tier = Cualquier nivel
lead-rule-any-type = Cualquier tipo
lead-rule-no-company = Ninguno
lead-rule-help = «Por turnos» reparte por rotación entre los partners de la región del cliente potencial; «Ponderado por nivel» da más a los niveles superiores; «Según capacidad» elige el partner con más margen por debajo de su límite de clientes potenciales abiertos.
lead-rule-add = Añadir la regla
lead-capacity-title = Límite de clientes potenciales abiertos
lead-capacity-help = No se ofrecen más clientes potenciales a un partner mientras tenga esta cantidad (ofrecidos o en curso). Si no tiene un límite propio: { $default }.
lead-capacity-company = Partner
lead-capacity-max = Máximo de clientes potenciales abiertos
lead-capacity-save = Guardar el límite

## Líneas del historial
lead-event-created = Cliente potencial añadido ({ $source })
lead-event-offered = Ofrecido a { $company }
lead-event-offered-rule = Ofrecido a { $company } por la regla «{ $rule }»
lead-event-held = Retenido: { $company } tiene un registro activo de este cliente (oportunidad #{ $deal })
lead-event-unmatched = Ninguna regla encontró un partner; en espera en la cola
lead-event-accepted = Aceptado
lead-event-converted = Registrado como oportunidad n.º { $deal }
lead-event-rejected = Rechazado: { $reason }
lead-event-timed-out = La oferta venció sin respuesta
lead-event-status = { $status }
lead-event-disqualified = Descalificado: { $reason }
lead-event-returned = Devuelto al fabricante
lead-event-assigned = Transferido a { $name }
lead-event-withdrawn = Retirado por el fabricante
lead-event-closed = Cerrado por el fabricante
lead-event-changed = Modificado

## Notificaciones y correos electrónicos (nunca con los datos del cliente)
lead-notify-offered-title = Nuevo cliente potencial para usted: { $product } en { $region }
lead-notify-offered-body = Acéptelo o rechácelo antes del { $due }. El cliente y el contacto se muestran cuando lo acepta.
lead-notify-reminder-title = Cliente potencial pendiente de su respuesta: { $product } en { $region }
lead-notify-reminder-body = La oferta vence el { $due }; después, el cliente potencial pasa a otro partner.
lead-notify-lapsed-title = Venció la oferta de un cliente potencial: { $product } en { $region }
lead-notify-lapsed-body = Nadie respondió a tiempo, así que el cliente potencial pasó a otro partner.
lead-notify-withdrawn-title = Cliente potencial retirado: { $product } en { $region }
lead-notify-withdrawn-body = El fabricante ofreció este cliente potencial a otro partner.
lead-notify-returned-title = { $company } devolvió un cliente potencial
lead-notify-returned-body = Su nota: { $note }
lead-notify-assigned-title = { $name } le transfirió un cliente potencial
lead-notify-assigned-body = Ahora está a su cargo.

## Errores
lead-error-domain = Escriba un dominio como example.com.
lead-error-phone = Use solo dígitos, espacios y + - ( ) (40 caracteres como máximo).
lead-error-title = { $max } caracteres como máximo.
lead-error-product = Elija uno de los productos de la lista.
lead-error-currency = Elija una de las monedas de la lista.
lead-error-source = Elija de dónde procede el cliente potencial.
lead-error-notes = { $max } caracteres como máximo.
lead-error-offer-ran-out = Esta oferta venció el { $due }; el cliente potencial pasa a otro partner.
lead-error-reject-reason = Elija un motivo.
lead-error-disqualify-reason = Elija por qué se cierra el cliente potencial.
lead-error-note-long = { $max } caracteres como máximo.
lead-error-note-needed = Añada una nota breve.
lead-error-status = Un cliente potencial no puede dar ese paso.
lead-error-status-filter = Filtro desconocido.
lead-error-not-worked = Solo se puede transferir a un colega un cliente potencial que gestione su empresa.
lead-error-colleague = Elija un colega activo de su empresa.
lead-error-company = Elija un partner activo a su cargo.
lead-error-answer = Acepte o rechace.
lead-error-step = Paso desconocido.
lead-error-capacity = Escriba un número entero de 0 a 100.000.
lead-rule-error-tier = Elija uno de los niveles.
lead-rule-error-type = Elija uno de los tipos de partner.
lead-rule-error-strategy = Elija cómo se ofrece el cliente potencial.
lead-rule-error-company-needed = Elija el partner al que ofrece esta regla.
lead-rule-error-hours = Escriba de 1 a { $max } horas.
lead-rule-error-op = Cambio desconocido.

## La primera pantalla
lead-home-title = Clientes potenciales
lead-home-waiting = { $count ->
    [one] Un cliente potencial espera su respuesta
   *[other] { $count } clientes potenciales esperan su respuesta
}
lead-home-next = La próxima oferta vence en { $duration }.
lead-home-working = { $count ->
    [one] Un cliente potencial en curso
   *[other] { $count } clientes potenciales en curso
}
lead-home-none = No hay clientes potenciales pendientes de respuesta.
lead-home-open = Clientes potenciales abiertos
lead-home-staff-queue = Clientes potenciales en la cola
lead-home-staff-offered = Ofertas de clientes potenciales sin respuesta
lead-home-staff-worked = Clientes potenciales en curso
lead-home-staff-converted = Clientes potenciales registrados como oportunidades este año

## Importación CSV
lead-import-link = Importar CSV
lead-import-title = Importar clientes potenciales
lead-import-lead = Hasta { $max } clientes potenciales por archivo. Primero se comprueba cada línea; después se crean todos y se distribuyen según las reglas, o no se crea ninguno.
lead-import-file-title = Su archivo
lead-import-file = Archivo CSV
lead-import-paste = O pegue las líneas
lead-import-columns = Primera línea: company, contact_name, contact_email, country, region; opcionalmente, domain, contact_phone, contact_title, product, value, currency, source, notes.
lead-import-preview = Comprobar las líneas
lead-import-example-title = Ejemplo
lead-import-preview-pasted = Las líneas pegadas
lead-import-preview-file = { $file }
lead-import-done = Se crearon estos clientes potenciales.
lead-import-valid = { $count ->
    [one] El cliente potencial está listo.
   *[other] Los { $count } clientes potenciales están listos.
}
lead-import-apply = { $count ->
    [one] Crear y distribuir un cliente potencial
   *[other] Crear y distribuir { $count } clientes potenciales
}
lead-import-errors = { $bad ->
    [one] { $bad } de las { $count } líneas tiene problemas. Corrija el archivo y vuelva a comprobarlo; no se creó nada.
   *[other] { $bad } de las { $count } líneas tienen problemas. Corrija el archivo y vuelva a comprobarlo; no se creó nada.
}
lead-import-applied = Clientes potenciales creados. Ofrecidos a partners: { $offered }; en espera en la cola: { $queued }.
lead-import-lines = Líneas del archivo
lead-import-col-line = Línea
lead-import-col-company = Empresa
lead-import-col-region = Región
lead-import-col-contact = Contacto
lead-import-col-problems = Problemas
lead-import-ok = Sin problemas
lead-sheet-rows = clientes potenciales
lead-csv-product = Ningún producto tiene el SKU o el nombre «{ $product }».
lead-csv-has-errors = Algunas líneas tienen problemas; no se creó nada.
lead-upload-multipart = Envíe el archivo mediante el formulario de carga.
lead-upload-utf8 = Guarde el archivo como texto UTF-8 (CSV) y vuelva a cargarlo.
lead-upload-choose = Elija un archivo CSV.

## Las cifras de clientes potenciales para el personal del fabricante

lead-figures-link = Cifras
lead-figures-title = Cifras de clientes potenciales
lead-figures-subtitle = Del { $from } al { $to } · ingresos en { $currency }
lead-figures-back = Todos los clientes potenciales
lead-figures-dashboard = Panel
lead-figures-filters = Filtros de las cifras de clientes potenciales
lead-figures-period = Período
lead-figures-days = { $days ->
        [365] Últimos 12 meses
       *[other] Últimos { $days } días
    }
lead-figures-currency = Moneda
lead-figures-apply = Mostrar
lead-figures-stat-offers = Ofertas realizadas
lead-figures-stat-offers-sub = { $answered } respondidas · { $rejected } rechazadas · { $timed_out } vencidas
lead-figures-stat-acceptance = Tasa de aceptación
lead-figures-stat-acceptance-sub = { $accepted } aceptadas de { $answered } respondidas
lead-figures-stat-time = Mediana del tiempo de aceptación
lead-figures-stat-time-sub = Percentil 90: { $p90 }
lead-figures-stat-conversion = Tasa de conversión
lead-figures-stat-conversion-sub = { $converted } registrados como oportunidades · { $won } ganados
lead-figures-how = Las ofertas, las respuestas y el tiempo de aceptación cuentan lo que ocurrió en el período. Las conversiones y los ingresos siguen a los clientes potenciales aceptados en el período, sin importar cuándo se registraron o se ganaron; los ingresos cuentan las oportunidades ganadas en la moneda elegida.
lead-figures-sample = Los tiempos de aceptación se calculan a partir de las { $count } aceptaciones más recientes del período.
lead-figures-by-partner = Por partner
lead-figures-by-region = Por región
lead-figures-by-source = Por origen
lead-figures-more = { $count ->
        [one] Hay un partner más en el CSV.
       *[other] Hay { $count } partners más en el CSV.
    }
lead-figures-csv = Exportar CSV
lead-figures-none = No hay ofertas en este período.
lead-figures-col-partner = Partner
lead-figures-col-region = Región
lead-figures-col-source = Origen
lead-figures-col-offered = Ofertas
lead-figures-col-accepted = Aceptadas
lead-figures-col-rejected = Rechazadas
lead-figures-col-timed-out = Vencidas
lead-figures-col-time-to-accept = Tiempo de aceptación
lead-figures-col-converted = Registrados
lead-figures-col-won-in = Ganado ({ $currency })
lead-figures-col-won-deals = Oportunidades ganadas
lead-figures-won-deals = { $count ->
        [one] { $count } oportunidad
       *[other] { $count } oportunidades
    }
lead-figures-csv-acceptance = Tasa de aceptación (%)
lead-figures-csv-conversion = Tasa de conversión (%)
lead-figures-all = Total
lead-figures-export-which = Elija un desglose para exportar: { $breakdowns }.
