# La primera pantalla: el dinero del partner y lo que requiere su
# atención, o el programa que dirige el personal del fabricante.
# Glosario de términos del dominio: locales/GLOSSARY.md.

## Página
home-title = Inicio
home-welcome = Le damos la bienvenida. Su cuenta está lista.
home-hello = Hola, { $name }

## Partner: cifras
home-won-this-year = Ganado este año
home-won-last-year = { $amounts } a esta misma fecha del año pasado
home-won-last-year-none = Nada ganado a esta misma fecha del año pasado
home-open-pipeline = Pipeline abierto
home-open-registrations = { $count ->
        [one] { $count } registro abierto
       *[other] { $count } registros abiertos
    }
home-mdf-available = MDF disponible para solicitar
home-mdf-sub = { $committed } comprometido · { $claimed } en reembolso · { $period }
home-mdf-none = No hay fondos asignados en este período
home-incentives-due = Bonificaciones y comisiones pendientes
home-paid = Pagado: { $amounts }
home-paid-none = Aún no se ha pagado nada
home-rank = puesto { $rank } de { $total }

## Partner: requiere su atención
home-attention = Requiere su atención
home-attention-sub = { $returned } con preguntas · { $pending } pendientes de aprobación · { $expiring } vencen en 30 días
home-attention-none = No hay nada pendiente por su parte: ni preguntas del fabricante, ni exclusividades que terminen en los próximos 30 días, ni registros por aprobar.
home-attention-returned = Preguntas del fabricante: responda y vuelva a enviar
home-attention-expiring = { $days ->
        [one] La exclusividad termina el { $date } (queda { $days } día)
       *[other] La exclusividad termina el { $date } (quedan { $days } días)
    }
home-attention-pending = Pendiente de aprobación
home-attention-more = Se muestran las { $count } más urgentes de cada tipo.
home-attention-all-returned = Ver las { $count } con preguntas
home-attention-all-pending = Ver las { $count } pendientes de aprobación
home-attention-all-expiring = Ver las { $count } que vencen en 30 días

## Partner: pipeline, nivel, actividades, notificaciones
home-pipeline = Pipeline por etapa
home-pipeline-none = No hay registros abiertos.
home-register-deal = Registrar una oportunidad
home-col-stage = Etapa
home-col-deals = Oportunidades
home-col-value = Valor
home-tier = Su nivel
home-tier-none = Su empresa se incorporará al programa de partners en su primera evaluación (que se realiza a diario y cada vez que se gana una oportunidad).
home-activities = Actividades de marketing
home-activities-none = Solicite fondos para un evento, un seminario web o una campaña en pocos minutos; después, solicite el reembolso con sus facturas y listas de clientes potenciales.
home-activities-all = Todas las solicitudes y reembolsos
home-notifications = Notificaciones recientes
home-notifications-none = Aún no hay nada.
home-notifications-all = Todas las notificaciones

## Partner: empresa, equipo, gerente de canal, formación
home-company = Su empresa
home-company-type = Tipo de partner
home-company-region = Región
home-company-status = Estado
home-company-website = Sitio web
home-team = Su equipo
home-team-active = activos
home-team-invited = invitados
home-team-manage = Gestionar su equipo
home-team-see = Ver su equipo
home-manager = Su gerente de canal
home-manager-none = Aún no tiene un gerente de canal asignado. El equipo del fabricante le asignará uno.
home-training = Formación
home-training-text = Los cursos y las certificaciones aún no forman parte del portal, por lo que no hay formación pendiente que mostrar y las personas certificadas no se cuentan para los niveles.

## Personal del fabricante
home-vendor-waiting = Registros en espera
home-vendor-overdue = Fuera del SLA de aprobación
home-vendor-mdf-requests = Solicitudes de MDF en espera
home-vendor-mdf-review = Solicitudes de reembolso de MDF por revisar
home-vendor-mdf-pay = Solicitudes de reembolso de MDF por pagar
home-vendor-tier-changes = Cambios de nivel por decidir
home-vendor-companies-active = Empresas partner activas
home-vendor-companies-suspended = Empresas suspendidas
home-vendor-people-active = Personas activas de los partners
home-vendor-invitations = Invitaciones pendientes
home-vendor-run = Gestión del programa
home-vendor-run-text = Añada empresas partner, invite a sus administradores, asigne gerentes de canal y gestione el personal del fabricante.
home-vendor-partners = Sus partners
home-vendor-partners-text = Estas cifras abarcan las empresas partner que tiene asignadas.
home-vendor-open-companies = Ver las empresas partner
home-vendor-manage-staff = Gestionar el personal
