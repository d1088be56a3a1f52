# The portal's frame: its name, the layout and navigation, the pieces
# every page shares (forms, pager, notices), durations, regions.
# Glossary of domain terms: locales/GLOSSARY.md.

app-name = Partner Portal

## Layout
layout-skip = Skip to content
layout-main-nav = Main
layout-vendor-staff = Vendor staff
layout-register-deal = Register deal
layout-sign-out = Sign out
lang-switch-label = Language
tz-label = Time zone
tz-automatic = Automatic (this browser's)
tz-save = Save time zone

## Main navigation
nav-home = Home
nav-deals = Deals
nav-leads = Leads
nav-funds = Funds
nav-rebates = Rebates
nav-tier = Tier
nav-team = Team
nav-overview = Overview
nav-dashboard = Dashboard
nav-approvals = Approvals
nav-mdf = MDF
nav-tiers = Tiers
nav-partners = Partners
nav-admin = Admin

## Administration tabs
admin-tabs-label = Administration
admin-tab-deals = Deal program
admin-tab-tiers = Tiers and incentives
admin-tab-payouts = Payouts
admin-tab-staff = Staff
admin-tab-mail = Mail log

## Shared pieces
ui-loading = Loading…
ui-back-home = Back to home
pager-label = Pagination
pager-status = Page { $page } of { $pages } · { $total } in all
pager-previous = Previous
pager-next = Next
form-fix-fields = { $count ->
    [one] Please correct the highlighted field.
   *[other] Please correct the { $count } highlighted fields.
}
sla-due-in = Decision due in { $duration }
sla-overdue = Overdue by { $duration }

## Durations
duration-seconds = { $s } s
duration-minutes = { $m } min
duration-minutes-seconds = { $m } min { $s } s
duration-hours = { $h } h
duration-days = { $d } d

## Sales regions
region-north-america = North America
region-latin-america = Latin America
region-emea = EMEA
region-apac = APAC

## Labels of stored values (string_enum!)
role-vendor-admin = Vendor admin
role-channel-manager = Channel manager
role-partner-admin = Partner admin
role-partner-user = Partner user
company-type-reseller = Reseller
company-type-distributor = Distributor
company-type-msp = MSP
company-type-referral = Referral
company-type-si = System integrator
company-status-active = Active
company-status-suspended = Suspended
user-status-invited = Invited
user-status-active = Active
user-status-disabled = Disabled

## E-mail
# The e-mail of a notification: its title, its text, and the link.
mail-notification = { $title }

    { $body }

    Open it in the partner portal:
    { $link }
