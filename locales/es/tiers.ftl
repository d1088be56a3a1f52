# Niveles e incentivos: el nivel del partner y su progreso, las
# bonificaciones y los puntos, el tablero de niveles y las páginas de
# empresa del personal, la consola del programa, los lotes de pagos, y lo
# que la evaluación escribe y envía.
# Glosario de términos del dominio: locales/GLOSSARY.md.

## Palabras compartidas
tier-yes = Sí
tier-no = No
tier-filter-all = Todos
tier-progress-separator = {"; "}

## Niveles de contenido
tier-content-basic = Básico
tier-content-standard = Estándar
tier-content-premium = Premium

## Tipos y estados de los incentivos
tier-incentive-rebate = Bonificación
tier-incentive-commission = Comisión
tier-incentive-earned = Generada
tier-incentive-approved = Aprobada
tier-incentive-paid = Pagada
tier-incentive-clawed-back = Revertida

## Requisitos
tier-req-revenue = Ingresos ganados en los últimos 12 meses
tier-req-approved = Registros de oportunidades aprobados en los últimos 12 meses
tier-req-won = Oportunidades registradas y ganadas en los últimos 12 meses
tier-req-certified = Personas certificadas

## Progreso
tier-progress-untracked = Aún sin seguimiento
tier-progress-of = { $current } de { $target }
tier-progress-done = Cumplido
tier-progress-not-yet = Aún no
tier-progress-not-counted = Aún no se cuenta
tier-progress-met = Cumplido
tier-progress-certification = La certificación se contará cuando la formación forme parte del portal; hasta entonces, no impide alcanzar el nivel.

## Líneas de progreso en motivos y notas
tier-line-untracked = { $requirement }: aún sin seguimiento
tier-line-revenue = { $current } de { $target } en ingresos ganados en los últimos 12 meses
tier-line-approved = { $current } de { $target } registros de oportunidades aprobados en los últimos 12 meses
tier-line-won = { $current } de { $target } oportunidades registradas y ganadas en los últimos 12 meses
tier-line-certified = { $current } de { $target } personas certificadas
tier-line-custom-done = { $criterion }: cumplido
tier-line-custom-open = { $criterion }: aún no

## Beneficios
tier-benefit-discount = Descuento de reventa
tier-benefit-margin = Margen adicional por registro de oportunidad
tier-benefit-rebate = Bonificación sobre oportunidades ganadas
tier-benefit-commission = Comisión sobre oportunidades ganadas
tier-benefit-mdf = Fondos de desarrollo de mercado
tier-benefit-mdf-eligible = Con derecho
tier-benefit-mdf-not-included = No incluidos
tier-benefit-content = Acceso a contenidos

## La tarjeta del nivel
tier-card-title = Su nivel: { $tier }
tier-card-details = Detalles del nivel
tier-card-since = { $program } · desde el { $date }
tier-card-benefits = { $discount } de descuento · { $margin } de margen por registro de oportunidad · { $rebate } de bonificación
tier-card-grace = Por debajo de los requisitos de { $tier }: el nivel se mantiene hasta el { $until }. Vuelva a cumplirlos para conservarlo.
tier-card-keep = Para conservar { $tier }
tier-card-pending = Cambio propuesto de { $from } a { $to }, a la espera de su gerente de canal
tier-card-next = Progreso hacia { $tier }
tier-card-top = Su empresa está en el nivel más alto del programa.

## Encabezados de columna
tier-col-tier = Nivel
tier-col-revenue-12 = Ingresos ganados (12 meses)
tier-col-revenue = Ingresos
tier-col-approved = Aprobados
tier-col-won = Ganados
tier-col-certified = Certificados
tier-col-discount = Descuento
tier-col-deal-margin = Margen por oportunidad
tier-col-margin = Margen
tier-col-rebate = Bonificación
tier-col-commission = Comisión
tier-col-mdf = MDF
tier-col-content = Contenido
tier-col-from = Desde
tier-col-criteria = Criterios
tier-col-program = Programa
tier-col-companies = Empresas
tier-col-company = Empresa
tier-col-region = Región
tier-col-since = Desde
tier-col-qualifies = Nivel que alcanza
tier-col-grace = Gracia hasta
tier-col-deal = Oportunidad
tier-col-kind = Tipo
tier-col-status = Estado
tier-col-deal-value = Valor de la oportunidad
tier-col-rate = Porcentaje
tier-col-amount = Importe
tier-col-action = Acción
tier-col-rank = Posición
tier-col-points = Puntos
tier-col-run = Lote
tier-col-entries = Partidas
tier-col-total = Total
tier-col-created = Creado
tier-col-reference = Referencia
tier-col-csv = CSV

## La página de nivel del partner
tier-mine-title = Su nivel
tier-mine-lead = En qué nivel del programa de partners está su empresa, qué necesita para alcanzar el siguiente y qué le aporta.
tier-figures-title = Últimos 12 meses
tier-figures-revenue = Ingresos ganados
tier-figures-approved = Registros aprobados
tier-figures-won = Oportunidades ganadas
tier-figures-unconverted = No se cuentan las oportunidades ganadas en { $currencies }: el programa aún no tiene un tipo de cambio para esas monedas.
tier-figures-gives = Lo que le aporta { $tier }
tier-ladder-title = Niveles de { $program }
tier-ladder-label = Niveles del programa
tier-ladder-current = Actual
tier-ladder-also = Además: { $criteria }
tier-ladder-no-rules = Aún no hay reglas vigentes
tier-history-title = Historial de niveles
tier-history-empty = Aún no hay cambios.
tier-none-title = Aún no participa en ningún programa
tier-none-text = La empresa se incorporará al programa de partners predeterminado, en su nivel inicial, en la próxima evaluación (que se realiza a diario y cada vez que se gana una oportunidad).

## Historial
tier-event-placed = Incorporación al nivel { $to }
tier-event-assigned = Cambio directo de { $from } a { $to }
tier-event-proposed = Cambio propuesto de { $from } a { $to }
tier-event-approved = Cambio de { $from } a { $to }
tier-event-rejected = Cambio de { $from } a { $to } no aprobado
tier-event-withdrawn = Propuesta de pasar a { $to } retirada
tier-event-grace-started = Inicio del período de gracia en { $to }
tier-event-grace-cleared = Vuelve a cumplir los requisitos de { $to }
tier-event-checked = Criterio de { $to } cumplido
tier-event-unchecked = Criterio de { $to } ya no cumplido

## La página de nivel de una empresa (personal)
tier-company-title = Nivel del partner
tier-company-heading = { $company }: nivel
tier-company-evaluated = Última evaluación: { $at }
tier-company-not-evaluated = Aún no se ha evaluado
tier-company-link = Empresa
tier-evaluate-now = Evaluar ahora
tier-notice-decided = Decisión guardada. Se notificó a los administradores del partner.
tier-notice-checked = Criterio guardado; la empresa se volvió a evaluar.
tier-notice-assigned = Nivel asignado.
tier-notice-evaluated = Evaluada con las cifras de hoy.
tier-decide-title = { $company }: { $from } -> { $to }
tier-decide-up = Ascenso
tier-decide-down = Descenso
tier-decide-proposed = Propuesto: { $at }
tier-decide-note = Nota para el partner (obligatoria para rechazar)
tier-decide-approve = Aprobar
tier-decide-reject = Rechazar
tier-criteria-title = Criterios que usted confirma
tier-criteria-lead = Requisitos que el portal no puede medir (un plan de negocio firmado, una revisión trimestral). Al marcar uno, la empresa se vuelve a evaluar.
tier-criteria-untick = Desmarcar
tier-criteria-tick = Marcar como cumplido
tier-assign-title = Asignar un nivel directamente
tier-assign-lead = Para la incorporación de un partner, el paso a otro programa o la corrección de un error. Queda registrado en el historial con su motivo; la evaluación continúa a partir de aquí.
tier-assign-reason = Motivo *
tier-assign-submit = Asignar nivel

## El tablero de niveles (personal)
tier-board-title = Niveles de los partners
tier-board-lead = Cómo se reparten los partners entre los niveles, qué cambios propuso la evaluación diaria y quién está en período de gracia.
tier-board-rules = Programa y reglas
tier-board-distribution = Distribución por nivel
tier-board-chart = Empresas por nivel: { $counts }
tier-board-per-tier = Empresas por nivel
tier-board-in-grace = { $count ->
    [one] { $count } empresa en período de gracia.
   *[other] { $count } empresas en período de gracia.
}
tier-board-to-decide = Cambios por decidir ({ $count })
tier-board-nothing = No hay nada que decidir. La evaluación se realiza a diario y cada vez que se gana una oportunidad.
tier-board-companies = Empresas según su nivel
tier-board-empty-title = No hay empresas
tier-board-empty-text = Ninguna empresa está en este nivel.

## La consola del programa (administradores del fabricante)
tier-admin-title = Programa y niveles
tier-admin-lead = Los niveles, lo que exige y ofrece cada uno y desde qué fecha. Un cambio se aplica a partir de su fecha; la evaluación y los incentivos siempre usan las reglas vigentes en cada momento.
tier-admin-new-program = Nuevo programa
tier-notice-saved = Programa guardado.
tier-notice-added = Nivel añadido. Defina sus reglas más abajo.
tier-notice-ruled = Reglas guardadas.
tier-program-name = Nombre *
tier-program-currency = Moneda
tier-program-grace = Período de gracia antes de un descenso (días)
tier-program-points-registered = Puntos por registro
tier-program-points-won = Puntos por oportunidad ganada
tier-program-rates = Tipos de cambio a la moneda del programa
tier-program-rates-hint = Uno por línea, p. ej., EUR = 1,08. No se cuentan las oportunidades ganadas en otras monedas.
tier-program-points = Puntos y clasificación
tier-program-public = Los partners ven a las demás empresas en la clasificación (si no, solo su propia posición)
tier-program-default = Las nuevas empresas se incorporan a este programa
tier-program-save = Guardar programa
tier-program-create = Crear programa
tier-program-default-badge = Predeterminado
tier-program-companies = { $count ->
    [one] { $count } empresa
   *[other] { $count } empresas
}
tier-add-title = Añadir un nivel a { $program }
tier-add-name = Nombre del nivel *
tier-add-rank = Orden (0 = nivel inicial)
tier-add-submit = Añadir nivel
tier-rules-title = { $tier } (orden { $rank })
tier-rules-none = Aún no hay reglas: el nivel no se usa hasta que tenga una versión vigente.
tier-rules-label = Versiones de las reglas de { $tier }
tier-rules-in-force = Vigente
tier-rules-new = Nueva versión de las reglas de { $tier }
tier-rule-from = Se aplica desde *
tier-rule-revenue = Ingresos ganados, últimos 12 meses
tier-rule-certified-hint = Se contará cuando exista la formación
tier-rule-criteria = Criterios que confirma un gerente
tier-rule-criteria-hint = Uno por línea
tier-rule-discount = Descuento de reventa (%)
tier-rule-margin = Margen por registro de oportunidad (%)
tier-rule-rebate = Bonificación (%)
tier-rule-commission = Comisión (%)
tier-rule-mdf = Con derecho a fondos de desarrollo de mercado
tier-rule-save = Guardar versión

## Bonificaciones y puntos (partners)
tier-earnings-title = Bonificaciones y puntos
tier-earnings-lead = Lo que generaron sus oportunidades ganadas según los porcentajes de su nivel, lo que ya se pagó y la posición de su empresa.
tier-earnings-empty-title = Aún no ha generado nada
tier-earnings-empty-text = Cada oportunidad ganada genera una bonificación (y, si su nivel la incluye, una comisión) según los porcentajes de su nivel el día en que se gana.
tier-totals-due = Pendiente (generado y aprobado)
tier-totals-approved = Aprobado para pago
tier-entries-label = Bonificaciones y comisiones
tier-entries-title = Partidas
tier-entries-all = Todas las partidas
tier-entries-empty = No hay partidas aquí.
tier-entry-payout = Pago #{ $id }
tier-leaderboard-title = Clasificación { $year }
tier-leaderboard-own = { $points ->
    [one] Su empresa ocupa el puesto { $rank } de { $of } con { $points } punto este año.
   *[other] Su empresa ocupa el puesto { $rank } de { $of } con { $points } puntos este año.
}
tier-leaderboard-label = Clasificación
tier-leaderboard-private = En este programa, los puntos de las demás empresas son privados. Registrar oportunidades y ganarlas suma puntos.

## Pagos (administradores del fabricante)
tier-payouts-title = Pagos
tier-payouts-heading = Bonificaciones y comisiones: pagos
tier-payouts-lead = Apruebe lo que generaron los partners en un lote de pagos, expórtelo para el departamento de finanzas y, después, márquelo como pagado con la referencia del pago.
tier-notice-created = Lote de pagos creado: sus partidas están aprobadas.
tier-notice-paid = Marcado como pagado. Se notificó a los administradores de cada partner.
tier-notice-released = Partida retirada del lote; vuelve a figurar como generada.
tier-notice-clawed = Partida revertida.
tier-payouts-all-companies = Todas las empresas
tier-payouts-earned = Generado, aún sin lote
tier-payouts-earned-none = No hay importes generados pendientes.
tier-payouts-new = Nuevo lote de pagos
tier-payouts-until = Generado hasta (inclusive)
tier-payouts-until-hint = Vacío: todo lo generado hasta ahora
tier-payouts-note = Nota
tier-payouts-create = Aprobar en un lote de pagos
tier-runs-title = Lotes de pagos
tier-runs-empty = Aún no hay lotes.
tier-runs-download = Descargar
tier-run-title = Lote de pagos #{ $id }
tier-run-export = Exportar CSV para finanzas
tier-run-unpaid = Aprobado, sin pagar
tier-run-entries = { $count ->
    [one] { $count } partida
   *[other] { $count } partidas
}
tier-run-paid = pagado el { $date } · referencia { $reference }
tier-run-reference = Referencia del pago *
tier-run-reference-hint = Tal como figura en la transferencia bancaria o en el lote de finanzas
tier-run-pay = Marcar como pagado
tier-entry-release = Retirar del lote
tier-entry-claw = Revertir

## Los encabezados de columna del CSV de pagos
tier-csv-payout = Lote de pagos
tier-csv-entry = Partida
tier-csv-company-id = ID de empresa
tier-csv-company = Empresa
tier-csv-deal-id = ID de oportunidad
tier-csv-customer = Cliente
tier-csv-kind = Tipo
tier-csv-status = Estado
tier-csv-currency = Moneda
tier-csv-deal-value = Valor de la oportunidad
tier-csv-rate-percent = Porcentaje
tier-csv-amount = Importe
tier-csv-earned-on = Fecha de generación
tier-csv-reference = Referencia

## Lo que la evaluación escribe en el historial
tier-joined-note = Se incorporó al programa { $program } en el nivel { $tier }.
tier-reason-up = Cumple los requisitos de { $tier }: { $progress }.
tier-reason-down = Terminó el período de gracia; sigue por debajo de { $tier }: { $progress }.
tier-grace-note = Por debajo de los requisitos de { $tier }: { $progress }. El nivel se mantiene hasta el { $until }.
tier-grace-cleared-note = Vuelve a cumplir los requisitos de { $tier }.
tier-withdrawn-figures = Las cifras ya no justifican este cambio.
tier-withdrawn-back = Vuelve a cumplir los requisitos del nivel.
tier-withdrawn-below = Ahora está por debajo del nivel actual.
tier-withdrawn-newer = Sustituido por una evaluación más reciente.
tier-withdrawn-assigned = Sustituido por una asignación directa.

## Notificaciones
tier-proposed-up-title = { $company } cumple los requisitos para pasar de { $from } a { $to }
tier-proposed-down-title = { $company } bajaría de { $from } a { $to }
tier-grace-title = Conserve su nivel { $tier }
tier-now-title = Su nivel ahora es { $tier }
tier-now-up = ¡Felicidades! Ha pasado de { $from } a { $to }.
tier-now-up-note = ¡Felicidades! Ha pasado de { $from } a { $to }. { $note }
tier-now-down = Su nivel pasó de { $from } a { $to }.
tier-now-down-note = Su nivel pasó de { $from } a { $to }. { $note }
tier-kept-title = Conserva su nivel { $tier }
tier-kept-body = No se realizó el cambio propuesto a { $to }: { $note }
tier-paid-title = Bonificaciones y comisiones pagadas: { $amount }
tier-paid-body = Referencia del pago: { $reference }.

## Errores
tier-error-percent = Escriba un porcentaje entre 0 y 100, p. ej., 2,5.
tier-error-rate = Escriba un tipo de cambio como 1,08 (unidades de la moneda del programa por unidad).
tier-error-rate-line = Línea { $line }: escriba un tipo de cambio como 1,08 (unidades de la moneda del programa por unidad).
tier-error-rates-line = Línea { $line }: escriba MONEDA = tipo, p. ej., EUR = 1,08, para una moneda distinta de la del programa.
tier-error-days = Escriba un número de días de 0 a { $max }.
tier-error-points = Escriba una cantidad de puntos de 0 a { $max }.
tier-error-rank = Escriba un orden de 0 a { $max }.
tier-error-count = Escriba una cantidad de 0 a { $max }.
tier-error-currency = Elija una de las monedas de la lista.
tier-error-program-taken = Ya existe otro programa con este nombre.
tier-error-tier-taken = El nivel { $tier } ya tiene este orden o este nombre.
tier-error-from = Escriba la fecha a partir de la cual se aplican las reglas (AAAA-MM-DD).
tier-error-from-used = Ya se calcularon incentivos con las reglas de esta fecha; añada una versión con una fecha posterior.
tier-error-criteria = Hasta 10 criterios, uno por línea, de 120 caracteres como máximo cada uno.
tier-error-content = Elija un nivel de contenido.
tier-error-up-to = Hasta { $max } caracteres.
tier-error-reject-note = Indique brevemente el motivo (lo verán los responsables del partner).
tier-error-assign-note = Indique brevemente el motivo (de 3 a 500 caracteres).
tier-error-already-approved = Este cambio ya se aprobó. Vuelva a cargar la página para ver el nivel de la empresa.
tier-error-already-rejected = Este cambio ya se rechazó. Vuelva a cargar la página para ver el nivel de la empresa.
tier-error-already-withdrawn = Este cambio ya se retiró. Vuelva a cargar la página para ver el nivel de la empresa.
tier-error-tier-moved = El nivel de la empresa cambió desde que se propuso este cambio. Vuelva a cargar la página.
tier-error-criterion = Ese criterio no forma parte de las reglas vigentes del nivel.
tier-error-decision = ¿Aprobar o rechazar?
tier-error-company = Elija una empresa o todas las empresas.
tier-error-until = Escriba una fecha (AAAA-MM-DD) o deje el campo vacío para incluir todo lo generado hasta ahora.
tier-error-nothing-earned = No hay importes generados que coincidan: no se creó ningún lote de pagos.
tier-error-reference = Escriba la referencia del pago que utilizó el departamento de finanzas (de 2 a 100 caracteres).
tier-error-run-paid = Este lote de pagos ya está pagado.
tier-error-release = Solo se puede retirar una partida aprobada de un lote sin pagar. Vuelva a cargar la página.
tier-error-claw-reason = Indique el motivo (de 3 a 500 caracteres); el partner lo verá.
tier-error-clawed = Esta partida ya se revirtió.
tier-error-run-id = ¿Qué lote de pagos? Indique su ID.
