# El marco del portal: su nombre, el diseño y la navegación, las piezas
# que comparten todas las páginas (formularios, paginación, avisos),
# duraciones, regiones.
# Glosario de términos del dominio: locales/GLOSSARY.md.

app-name = Portal de partners

## Diseño
layout-skip = Saltar al contenido
layout-main-nav = Principal
layout-vendor-staff = Personal del fabricante
layout-register-deal = Registrar oportunidad
layout-sign-out = Cerrar sesión
lang-switch-label = Idioma
tz-label = Zona horaria
tz-automatic = Automática (la de este navegador)
tz-save = Guardar zona horaria

## Navegación principal
nav-home = Inicio
nav-deals = Oportunidades
nav-leads = Clientes potenciales
nav-funds = Fondos
nav-rebates = Bonificaciones
nav-tier = Nivel
nav-team = Equipo
nav-overview = Resumen
nav-dashboard = Panel
nav-approvals = Aprobaciones
nav-mdf = MDF
nav-tiers = Niveles
nav-partners = Partners
nav-admin = Administración

## Pestañas de administración
admin-tabs-label = Administración
admin-tab-deals = Programa de oportunidades
admin-tab-tiers = Niveles e incentivos
admin-tab-payouts = Pagos
admin-tab-staff = Personal
admin-tab-mail = Registro de correos

## Piezas compartidas
ui-loading = Cargando…
ui-back-home = Volver al inicio
pager-label = Paginación
pager-status = Página { $page } de { $pages } · { $total } en total
pager-previous = Anterior
pager-next = Siguiente
form-fix-fields = { $count ->
    [one] Corrija el campo resaltado.
   *[other] Corrija los { $count } campos resaltados.
}
sla-due-in = Decisión requerida en { $duration }
sla-overdue = Con { $duration } de retraso

## Duraciones
duration-seconds = { $s } s
duration-minutes = { $m } min
duration-minutes-seconds = { $m } min { $s } s
duration-hours = { $h } h
duration-days = { $d } d

## Regiones de venta
region-north-america = Norteamérica
region-latin-america = Latinoamérica
region-emea = EMEA
region-apac = APAC

## Etiquetas de valores almacenados (string_enum!)
role-vendor-admin = Administrador del fabricante
role-channel-manager = Gerente de canal
role-partner-admin = Administrador del partner
role-partner-user = Usuario del partner
company-type-reseller = Revendedor
company-type-distributor = Distribuidor
company-type-msp = MSP
company-type-referral = Partner de referencia
company-type-si = Integrador de sistemas
company-status-active = Activa
company-status-suspended = Suspendida
user-status-invited = Invitado
user-status-active = Activo
user-status-disabled = Desactivado

## Correo electrónico
# El correo de una notificación: su título, su texto y el enlace.
mail-notification = { $title }

    { $body }

    Ábralo en el portal de partners:
    { $link }
