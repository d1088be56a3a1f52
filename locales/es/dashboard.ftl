# El panel del fabricante: filtros, cifras, gráficos y sus exportaciones CSV.
# Glosario de términos del dominio: locales/GLOSSARY.md.

## Página
dash-title = Panel del canal
dash-subtitle = { $count ->
        [one] { $count } empresa partner
       *[other] { $count } empresas partner
    } · del { $from } al { $to } · importes en { $currency } · a fecha de { $as_of }
dash-refresh = Actualizar cifras
dash-refresh-hint = Las cifras se conservan durante un minuto una vez calculadas; esta opción las calcula ahora.
dash-registration-time-link = Tiempo de registro por partner
dash-export-csv = Exportar CSV

## Períodos
dash-period-quarter = Este trimestre
dash-period-last-quarter = Trimestre anterior
dash-period-ytd = En lo que va del año
dash-period-12m = Últimos 12 meses
dash-period-custom = Fechas personalizadas

## Filtros
dash-filters = Filtros
dash-filter-period = Período
dash-filter-from = Primer día
dash-filter-to = Último día
dash-filter-region = Región
dash-filter-all-regions = Todas las regiones
dash-filter-tier = Nivel
dash-filter-all-tiers = Todos los niveles
dash-filter-manager = Gerente de canal
dash-filter-all-managers = Todos los gerentes
dash-filter-currency = Moneda
dash-filter-apply = Aplicar filtros
dash-filter-reset = Restablecer
dash-filter-error = { $error } Se muestra este trimestre en su lugar.
dash-filter-hint = Las fechas se aplican cuando el período es «{ dash-period-custom }».
dash-error-first-day = Escriba el primer día con el formato AAAA-MM-DD.
dash-error-last-day = Escriba el último día con el formato AAAA-MM-DD.
dash-error-range-reversed = El último día es anterior al primero.
dash-error-range-long = Elija como máximo tres años.

## Cifras principales
dash-stat-won-revenue = Ingresos ganados
dash-change-vs-previous = { $days ->
        [one] { $change } frente al día anterior
       *[other] { $change } frente a los { $days } días anteriores
    }
dash-change-none = No se ganó nada en el período anterior
dash-stat-submitted = Registros enviados
dash-stat-rates = { $approved } aprobados · { $won } ganados
dash-stat-registration-median = Mediana del tiempo de registro
dash-stat-p90 = p90: { $duration }
dash-stat-target = objetivo: { $duration }
dash-stat-approval-median = Mediana del tiempo de aprobación
dash-stat-approval-sub = p90: { $p90 } · { $share } dentro del SLA

## Ingresos
dash-revenue-title = Ingresos del canal a lo largo del tiempo
dash-revenue-lead = Oportunidades ganadas en { $currency } según el día en que se ganaron: { $deals ->
        [one] { $deals } oportunidad
       *[other] { $deals } oportunidades
    } de { $companies ->
        [one] { $companies } empresa partner
       *[other] { $companies } empresas partner
    }.
dash-revenue-empty-title = No hay oportunidades ganadas en este período
dash-revenue-empty-text = Elija un período más largo o menos filtros.
dash-revenue-chart = { $bucket ->
        [week] Ingresos ganados por semana en { $currency }
       *[month] Ingresos ganados por mes en { $currency }
    }
dash-revenue-none = No hay ingresos ganados en este período.
dash-revenue-other-partners = Otros partners ({ $count })
dash-revenue-no-tier = Sin nivel
dash-partners-title = Ingresos por partner
dash-partners-chart = Ingresos ganados por empresa partner en { $currency }
dash-tiers-revenue-title = Ingresos por nivel
dash-tiers-revenue-chart = Ingresos ganados según el nivel actual del partner en { $currency }
dash-regions-title = Ingresos por región
dash-regions-chart = Ingresos ganados por región del partner en { $currency }

## Intervalos de los gráficos (una semana por su primer día, un mes con su año)
dash-bucket-week = { $day } { $month }
dash-bucket-month = { $month } { $year }
dash-month-1 = ene
dash-month-2 = feb
dash-month-3 = mar
dash-month-4 = abr
dash-month-5 = may
dash-month-6 = jun
dash-month-7 = jul
dash-month-8 = ago
dash-month-9 = sept
dash-month-10 = oct
dash-month-11 = nov
dash-month-12 = dic

## Embudo de registros
dash-funnel-title = Embudo de registros
dash-funnel-lead = Registros enviados en el período y hasta dónde llegaron.
dash-funnel-chart = Registros enviados, aprobados y ganados
dash-funnel-submitted = Enviados
dash-funnel-approved = Aprobados
dash-funnel-won = Ganados
dash-funnel-lost = Perdidos
dash-funnel-rejected = Rechazados
dash-funnel-pending = A la espera de una decisión o del partner
dash-funnel-conflict-rate = Tasa de conflictos
dash-funnel-conflict-value = { $count ->
        [one] { $share } ({ $count } registro)
       *[other] { $share } ({ $count } registros)
    }

## Tiempo de registro y de aprobación
dash-timing-title = Tiempo de registro y de aprobación
dash-timing-timed = Registros con tiempo medido
dash-n-of-total = { $n } de { $total }
dash-timing-registration = Mediana / p90 del tiempo de registro
dash-timing-under-90s = Registrados en menos de 90 s
dash-timing-decisions = Decisiones tomadas por una persona
dash-timing-approval = Mediana / p90 del tiempo de aprobación
dash-timing-within-sla = Decididos dentro del SLA
dash-timing-sample = Los tiempos se calculan a partir de los { $count } registros más recientes del período.

## Fondos de desarrollo de mercado
dash-mdf-title = Fondos de desarrollo de mercado
dash-mdf-lead = { $funds ->
        [one] { $funds } presupuesto
       *[other] { $funds } presupuestos
    } en { $currency } cuyo período comienza en el intervalo; { $requests ->
        [one] { $requests } solicitud
       *[other] { $requests } solicitudes
    }.
dash-mdf-chart = MDF asignado, comprometido, en reembolso y pagado en { $currency }
dash-mdf-allocated = Asignado
dash-mdf-committed = Comprometido
dash-mdf-claimed = En reembolso, sin pagar
dash-mdf-paid = Pagado
dash-mdf-available = Aún disponible
dash-mdf-expired = Vencido sin usar
dash-mdf-claims-approved = Solicitudes de reembolso aprobadas
dash-mdf-linked-won = Ingresos ganados de las oportunidades vinculadas
dash-mdf-roi = Retorno de las solicitudes de reembolso aprobadas
dash-mdf-roi-value = { $ratio }×

## Niveles
dash-tiers-title = Niveles
dash-tiers-none = Aún no hay ningún programa de partners.
dash-tiers-chart = Empresas partner por nivel
dash-tiers-upgrades = Ascensos por decidir
dash-tiers-downgrades = Descensos por decidir
dash-tiers-grace = En período de gracia

## Actividad de los partners
dash-activity-title = Actividad de los partners
dash-activity-users = Usuarios de partners que iniciaron sesión en los últimos 30 días
dash-activity-companies = Empresas con algún inicio de sesión en los últimos 30 días
dash-activity-registering = Empresas que registraron una oportunidad en el período

## Clasificación
dash-leaderboard-title = Clasificación
dash-leaderboard-none = No se obtuvieron puntos en este período.
dash-leaderboard-caption = Empresas según los puntos obtenidos en el período

## Encabezados de columna (tablas y archivos CSV)
dash-col-period = Período
dash-col-partner = Partner
dash-col-tier = Nivel
dash-col-region = Región
dash-col-stage = Etapa
dash-col-bucket = Intervalo
dash-col-rank = Posición
dash-col-points = Puntos
dash-col-won-deals = Oportunidades ganadas
dash-col-won-revenue-in = Ingresos ganados ({ $currency })

## Gráficos
dash-chart-name = Nombre
dash-chart-amount = Importe
dash-chart-count = Cantidad
dash-chart-deals = Oportunidades
dash-chart-show-figures = Mostrar las cifras
dash-chart-item = { $label }: { $value }
dash-chart-column-tip = { $count ->
        [one] { $label }: { $value } ({ $count } oportunidad)
       *[other] { $label }: { $value } ({ $count } oportunidades)
    }
dash-compact-thousands = { $n } mil
dash-compact-millions = { $n } M
dash-compact-billions = { $n } mil M

## Exportaciones CSV
dash-export-which-table = ¿Qué tabla? Una de las siguientes: { $tables }.
dash-csv-period = Período del { $from } al { $to }, moneda { $currency }
dash-csv-figure = Cifra
dash-csv-value = Valor
dash-csv-pending = A la espera de una decisión o del partner
dash-csv-conflicts = Con conflicto
dash-csv-registrations-read = Registros analizados
dash-csv-registration-p90 = p90 del tiempo de registro
dash-csv-under-90s = En menos de 90 segundos (%)
dash-csv-approval-p90 = p90 del tiempo de aprobación
dash-csv-within-sla = Decididos dentro del SLA (%)
dash-csv-funds = Presupuestos
dash-csv-available = Disponible
dash-csv-expired = Vencido
dash-csv-requests = Solicitudes
dash-csv-companies = Empresas
dash-csv-companies-active = Empresas partner activas
dash-csv-companies-signed-in = Empresas con inicio de sesión en los últimos 30 días
dash-csv-users-active = Usuarios de partners activos
dash-csv-users-signed-in = Usuarios que iniciaron sesión en los últimos 30 días
dash-csv-companies-registering = Empresas que registraron una oportunidad

## Quién encontró el negocio (aportado por el partner o por el fabricante)

dash-sourcing-title = Quién encontró el negocio
dash-sourcing-lead = Ingresos ganados en el período y pipeline abierto en este momento, según quién encontró la oportunidad: el partner por su cuenta o el fabricante con un cliente potencial que entregó.
dash-sourcing-col-source = Origen
dash-sourcing-col-won = Ganado ({ $currency })
dash-sourcing-col-share = Participación
dash-sourcing-col-open = Pipeline abierto ({ $currency })
dash-sourcing-col-open-deals = Oportunidades abiertas
dash-sourcing-partner = Aportado por el partner
dash-sourcing-vendor = Aportado por el fabricante (clientes potenciales)
dash-sourcing-deals = { $count ->
        [one] { $count } oportunidad
       *[other] { $count } oportunidades
    }
dash-sourcing-lead-figures = Cifras de clientes potenciales: aceptación, conversión e ingresos por partner, región y origen

## Los indicadores de éxito del seed

dash-measures-title = Indicadores de éxito
dash-measures-lead = Ingresos ganados por usuario de partner que usó el portal en el período, el grupo productivo (los partners que juntos aportan el 80 % de los ingresos ganados en los últimos doce meses) y cómo valora ese grupo el portal (NPS de la encuesta rápida del portal).
dash-measures-per-user = Ingresos por usuario activo del portal
dash-measures-per-user-sub = { $users ->
        [one] { $users } usuario de partner activo
       *[other] { $users } usuarios de partners activos
    }
dash-measures-productive = Grupo productivo
dash-measures-productive-value = { $n } de { $of }
dash-measures-productive-sub = partners con ingresos ganados en los últimos 12 meses; juntos, el { $share } de esos ingresos
dash-measures-productive-names = { $more ->
        [0] El grupo productivo: { $names }.
       *[other] El grupo productivo: { $names } y { $more } más.
    }
dash-measures-nps = NPS del portal (grupo productivo)
dash-measures-nps-sub = { $answers ->
        [one] { $answers } respuesta
       *[other] { $answers } respuestas
    } · todos los partners: { $all } ({ $all_answers })
dash-measures-nps-before = { $before } en el período anterior ({ $change })
dash-measures-nps-no-before = Sin respuestas en el período anterior
dash-measures-comments = Lo que dijeron los partners
dash-measures-comments-none = No hay comentarios con las respuestas de la encuesta en este período.
dash-measures-comment-score = { $score }/10
dash-measures-none = No hubo ingresos ganados ni uso del portal en este período.
dash-measures-tier-caption = Ingresos por usuario activo del portal, por nivel
dash-measures-col-users = Usuarios activos
dash-measures-col-per-user = Por usuario activo
dash-csv-active-users = Usuarios de partners activos
dash-csv-active-users-before = Usuarios de partners activos, período anterior
dash-csv-per-user-before = Ingresos por usuario activo del portal, período anterior
dash-csv-productive-companies = Grupo productivo: partners
dash-csv-companies-with-revenue = Partners con ingresos ganados en los últimos 12 meses
dash-csv-productive-share = Participación del grupo productivo en los ingresos ganados en 12 meses (%)
dash-csv-nps-answers = Respuestas del grupo productivo a la encuesta rápida
dash-csv-nps-before = NPS del portal (grupo productivo), período anterior
dash-csv-nps-all = NPS del portal, todos los partners
dash-csv-nps-all-answers = Respuestas a la encuesta rápida, todos los partners
