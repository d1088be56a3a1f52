# Empresas partner, para el personal del fabricante. (Los tipos y estados están en core.ftl.)

## Lista
company-list-title = Empresas partner
company-list-lead-admin = Todas las empresas partner del programa.
company-list-lead-manager = Las empresas partner que tiene asignadas.
company-add = Añadir empresa
company-search-label = Buscar empresas
company-search-placeholder = Buscar por nombre
company-search-submit = Buscar
company-empty-title = Aún no hay empresas
company-empty-admin = Añada la primera empresa partner para empezar a invitar a partners.
company-empty-manager = Aún no tiene ninguna empresa partner asignada.
company-col-company = Empresa
company-col-type = Tipo
company-col-region = Región
company-col-people = Personas
company-col-status = Estado

## Formulario
company-saved = Guardado.
company-form-name = Nombre de la empresa
company-form-type = Tipo de partner
company-form-region = Región
company-form-country = País
company-form-status = Estado
company-form-website = Sitio web
company-form-website-hint = Opcional, p. ej., ejemplo.com
company-form-save = Guardar cambios
company-new-title = Añadir una empresa partner

## Una empresa
company-page-title = Empresa partner
# Bajo el nombre de la empresa: su tipo, región, país y desde cuándo participa.
company-detail-meta = { $company_type } · { $region } · { $country } · desde el { $date }
company-people-title = Personas
company-people-empty-title = Aún no hay nadie
company-people-empty-text = Invite al administrador de la empresa para que pueda empezar.
company-col-name = Nombre
company-col-role = Rol
company-col-last-sign-in = Último inicio de sesión
company-never = Nunca
company-managers-title = Gerentes de canal
company-managers-none = No hay ningún gerente de canal asignado.
company-assign = Asignar
company-unassign = Quitar asignación
company-assigned = Asignado
company-invite-title = Invitar a alguien
company-invite-sent = Invitación enviada.
company-invite-name = Nombre
company-invite-email = Correo electrónico corporativo
company-invite-role = Rol
company-invite-submit = Enviar invitación
company-details-title = Datos de la empresa

## Errores
company-error-type = Elija un tipo de partner.
company-error-status = Elija un estado.
company-error-name-taken = Ya existe una empresa con este nombre.
