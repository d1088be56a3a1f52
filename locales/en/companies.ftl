# Partner companies, for vendor staff. (Types and statuses are in core.ftl.)

## List
company-list-title = Partner companies
company-list-lead-admin = Every partner company in the program.
company-list-lead-manager = The partner companies assigned to you.
company-add = Add company
company-search-label = Search companies
company-search-placeholder = Search by name
company-search-submit = Search
company-empty-title = No companies yet
company-empty-admin = Add the first partner company to start inviting partners.
company-empty-manager = No partner company is assigned to you yet.
company-col-company = Company
company-col-type = Type
company-col-region = Region
company-col-people = People
company-col-status = Status

## Form
company-saved = Saved.
company-form-name = Company name
company-form-type = Partner type
company-form-region = Region
company-form-country = Country
company-form-status = Status
company-form-website = Website
company-form-website-hint = Optional, e.g. example.com
company-form-save = Save changes
company-new-title = Add a partner company

## One company
company-page-title = Partner company
# Under the company's name: its type, region, country and when it joined.
company-detail-meta = { $company_type } · { $region } · { $country } · since { $date }
company-people-title = People
company-people-empty-title = Nobody yet
company-people-empty-text = Invite the company's administrator to get them started.
company-col-name = Name
company-col-role = Role
company-col-last-sign-in = Last sign-in
company-never = Never
company-managers-title = Channel managers
company-managers-none = No channel manager is assigned.
company-assign = Assign
company-unassign = Unassign
company-assigned = Assigned
company-invite-title = Invite someone
company-invite-sent = Invitation sent.
company-invite-name = Name
company-invite-email = Work e-mail
company-invite-role = Role
company-invite-submit = Send invitation
company-details-title = Company details

## Errors
company-error-type = Choose a partner type.
company-error-status = Choose a status.
company-error-name-taken = A company with this name already exists.
