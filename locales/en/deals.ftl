
## Labels of stored values (string_enum!)
deal-status-draft = Returned for changes
deal-status-submitted = Pending approval
deal-status-approved = Approved
deal-status-rejected = Rejected
deal-status-won = Won
deal-status-lost = Lost
deal-status-expired = Expired
deal-status-withdrawn = Withdrawn
deal-type-new = New business
deal-type-upsell = Upsell
deal-type-renewal = Renewal
stage-qualify = Qualify
stage-discovery = Discovery
stage-proposal = Proposal
stage-negotiation = Negotiation
stage-commit = Commit
rule-action-auto-approve = Approve automatically
rule-action-route-manager = Send to the company's channel manager
rule-action-route-admin = Send to vendor admins
conflict-condition-any = With or without conflict
conflict-condition-none = Only without conflict
conflict-condition-conflict = Only with a conflict

## Statuses inside a sentence ("This deal is { $status }")
deal-state-draft = returned for changes
deal-state-submitted = pending approval
deal-state-approved = approved
deal-state-rejected = rejected
deal-state-won = won
deal-state-lost = lost
deal-state-expired = expired
deal-state-withdrawn = withdrawn

## What people call a registration (status changes: workflow-not-allowed, workflow-stale)
deal-noun = deal

## Why two registrations look like one customer
deal-match-same-domain = same domain
deal-match-similar-name = similar company name

## Who did something
deal-actor-system = { app-name }
deal-actor-vendor-team = Vendor team

## Shared labels
deal-label-customer = Customer
deal-label-partner = Partner
deal-label-status = Status
deal-label-stage = Stage
deal-label-value = Value
deal-label-products = Products
deal-label-submitted = Submitted
deal-label-expected-close = Expected close
deal-label-deal-type = Deal type
deal-label-contact = Contact
deal-label-country = Country
deal-label-registration-time = Registration time
deal-form-from-lead = Filled in from lead #{ $id }. Check the details, then register.
deal-label-source = Source
deal-from-lead = Vendor lead #{ $id }
deal-error-lead-gone = This lead can no longer be registered: it was converted, closed or offered to another partner.
deal-label-won-value = Won value
deal-label-lost-because = Lost because
deal-label-decided-by = Decided by
deal-label-notes = Notes
deal-conflict-badge = Conflict
deal-exclusive-until = Exclusive until { $date }
deal-open = Open deal #{ $id }

## The deal list
deal-list-title = Deals
deal-list-title-staff = Deals
deal-list-title-partner = My deals
deal-list-lead-staff = Registrations of the partner companies in your scope.
deal-list-lead-partner = Your company's deal registrations.
deal-list-register = Register a deal
deal-list-search = Customer name
deal-list-any-status = Any status
deal-list-any-stage = Any stage
deal-list-expiring = Expiring in 30 days
deal-list-filter = Filter
deal-list-empty = No deals here
deal-list-empty-staff = Nothing matches these filters.
deal-list-empty-partner = Register your first deal: it takes about a minute.
deal-list-close = Close
deal-list-updated = Updated

## The registration form
deal-new-title = Register a deal
deal-new-lead = Your company and your name are added for you. Fields marked * are needed.
deal-edit-title = Edit registration
deal-edit-lead = Change what the vendor team asked about; a returned registration is submitted again when you save.
deal-form-customer = Customer
deal-form-customer-name = Customer company *
deal-form-customer-domain = Customer website *
deal-form-customer-domain-hint = Like acme.com: it identifies the customer.
deal-form-contact-name = Contact name *
deal-form-contact-email = Contact e-mail *
deal-form-contact-phone = Contact phone
deal-form-country = Customer country
deal-form-products = Products *
deal-form-deal = Deal
deal-form-value = Estimated value *
deal-form-value-hint = Before discounts, e.g. 25000
deal-form-currency = Currency
deal-form-close-date = Expected close *
deal-form-notes-hint = Anything the approver should know: competition, timeline, the customer's project.
deal-form-submit = Register deal
deal-form-resubmit = Save and submit again
deal-form-save = Save changes
deal-form-saving = Saving…
deal-form-cancel = Cancel
deal-check-title = Conflict check
deal-check-idle = As you type the customer's name and website, we check for existing registrations.
deal-check-clear = No active registration found for this customer.
deal-hint-own = You already registered this customer ({ $reason }).
deal-hint-possible = Possible conflict:
deal-hint-other = another partner has an active registration for this customer ({ $reason }). You can still register; the vendor team will review both.
deal-next-title = What happens next
deal-next-median = Your channel manager decides; the median decision time this quarter is { $duration }. You are notified in the portal and by e-mail.
deal-next-default = Your channel manager decides within the program's approval time. You are notified in the portal and by e-mail.
deal-next-exclusive = Approved registrations are exclusive to you for the program's protection period.

## One deal
deal-page-title = Deal
deal-view-title = { $customer } · deal #{ $id }
deal-crumb-deals = Deals
deal-view-byline = { $domain } · registered by { $owner } of { $company }
deal-notice-registered-approved = Registered and approved.
deal-notice-registered-in = Registered in { $duration }. The vendor team has been notified.
deal-notice-registered = Registered. The vendor team has been notified.
deal-notice-saved = Changes saved.
deal-edit = Edit
deal-edit-resubmit = Edit and resubmit
deal-second-partner = Second partner
deal-exclusive-until-left = Exclusive until { $date } ({ $days ->
    [one] { $days } day left
   *[other] { $days } days left
})
deal-conflict-alert = Another partner has an active registration for this customer ({ $reasons }). The vendor team reviews both.
deal-vendor-note = Vendor note:
deal-registration = Registration
deal-history = History
deal-nothing-to-do = This registration is { $status }; nothing more to do here.

## History
deal-event-submitted = Registered
deal-event-progress = Stage updated
deal-event-edited = Edited
deal-event-resubmitted = Submitted again
deal-event-reminder = Reminder sent
deal-event-escalated = Escalated to vendor admins
deal-event-extension-requested = Extension requested
deal-event-extension-granted = Extension granted
deal-event-extension-refused = Extension refused
deal-event-info-requested = More information requested
deal-field-customer-name = customer name
deal-field-customer-domain = customer domain
deal-field-contact-name = contact name
deal-field-contact-email = contact email
deal-field-contact-phone = contact phone
deal-field-country = country
deal-field-value = value
deal-field-close-date = close date
deal-field-deal-type = deal type
deal-field-notes = notes
deal-field-products = products
deal-field-exclusive-until = exclusive until
deal-field-final-value = final value
deal-field-stage = stage
deal-field-probability = probability
deal-note-registered-in = Registered in { $duration }.
deal-note-auto-approved = Approved automatically by an approval rule.
deal-note-approved = Approved. Exclusive until { $date }.
deal-note-approved-reason = Approved. Exclusive until { $date }. { $reason }
deal-note-resubmitted = Changed and submitted again.
deal-note-expired = The exclusivity period ended.
deal-note-escalated = Approval SLA passed; escalated to vendor admins.

## Conflicting registrations, side by side (vendor staff)
deal-compare-title = Conflicting registrations
deal-compare-this = This deal #{ $id }
deal-compare-other = Deal #{ $id }
deal-compare-match = Match
deal-compare-resolve = Resolve by approving one and rejecting the other, or approve both with “Approve as second partner” (two-tier, distributor).

## Actions on a deal
deal-decision = Decision
deal-decision-reason = Reason or note to the partner
deal-decision-approve = Approve
deal-decision-info = Ask for information
deal-decision-reject = Reject
deal-decision-approve-second = Approve as second partner
deal-pipeline = Pipeline
deal-probability-field = Probability %
deal-update-stage = Update stage
deal-close-title = Close the deal
deal-final-value = Final value
deal-mark-won = Mark won
deal-lost-reason = Why was it lost?
deal-mark-lost = Mark lost
deal-extension-requested-note = Extension requested: { $reason }
deal-extension-granted-note = Extension granted.
deal-extension-refused-note = Extension refused.
deal-extension-request = Extension request
deal-extension-note = Note to the partner
deal-extension-grant = Grant extension
deal-extension-refuse = Refuse
deal-extension-ask-title = Need more time?
deal-extension-ask-text = You can ask once to extend the exclusivity of this registration.
deal-extension-reason = Why does the deal need more time?
deal-extension-submit = Request extension
deal-withdraw = Withdraw this registration

## The approval queue
deal-queue-title = Approvals
deal-queue-lead = Pending registrations in your scope, the most urgent first.
deal-queue-empty = Nothing waiting
deal-queue-empty-text = Every registration in your scope has a decision.
deal-queue-waiting = Waiting
deal-queue-sla = SLA
deal-queue-extension = extension request
deal-queue-escalated = Escalated

## Analytics
deal-analytics-title = Deal analytics
deal-analytics-lead = Registration time against the 90-second benchmark, approval time and conflicts, for the partners in your scope.
deal-analytics-period = Period
deal-analytics-days = { $days } days
deal-analytics-months = { $months } months
deal-analytics-summary = Last { $days } days: { $registrations ->
    [one] { $registrations } registration
   *[other] { $registrations } registrations
}, { $timed } with a measured time, { $decisions } decided by a person.
deal-analytics-registration-median = Median registration time
deal-analytics-p90 = p90 { $duration }
deal-analytics-target = target 90 s
deal-analytics-under-90 = Registered in under 90 s
deal-analytics-approval-median = Median approval time
deal-analytics-conflict-rate = Conflict rate
deal-analytics-conflicts = { $count ->
    [one] { $count } registration in conflict
   *[other] { $count } registrations in conflict
}
deal-analytics-by-partner = Registration time by partner
deal-analytics-empty = No registrations yet
deal-analytics-empty-text = Figures appear with the first registrations of the period.
deal-analytics-registrations = Registrations
deal-analytics-median = Median
deal-analytics-p90-column = p90
deal-analytics-against = Against 90 s
deal-analytics-within = Within
deal-analytics-slower = Slower
deal-analytics-not-timed = Not timed

## The deal program (vendor admins)
deal-admin-title = Deal program
deal-admin-lead = Exclusivity, the approval SLA, approval rules and the products partners register.
deal-admin-any-company = Any company
deal-admin-any-product = Any product
deal-admin-any-region = Any region
deal-admin-rules = Approval rules
deal-admin-rules-intro = The first matching rule (by order) decides. Without a match, the company's channel manager decides, or any vendor admin when none is assigned. A registration in conflict is never approved automatically.
deal-admin-rules-empty = No rules yet
deal-admin-rules-empty-text = Every registration goes to the company's channel manager.
deal-admin-order = Order
deal-admin-order-hint = Lower runs first.
deal-admin-rule = Rule
deal-admin-when = When
deal-admin-then = Then
deal-admin-actions = Actions
deal-rule-when-min = value ≥ { $value }
deal-rule-when-max = value < { $value }
deal-rule-when-any = with or without conflict
deal-rule-when-none = only without conflict
deal-rule-when-conflict = only with a conflict
deal-admin-paused = Paused
deal-admin-delete = Delete
deal-admin-delete-rule = Delete rule { $name }
deal-admin-add-rule-title = Add a rule
deal-admin-rule-name = Name
deal-admin-company = Company
deal-admin-region = Region
deal-admin-product = Product
deal-admin-value-from = Value from
deal-admin-value-below = Value below
deal-admin-conflict = Conflict
deal-admin-active = Active
deal-admin-add-rule = Add rule
deal-admin-settings = Program settings
deal-admin-settings-saved = Settings saved.
deal-admin-exclusivity = Exclusivity (days)
deal-admin-exclusivity-hint = Granted on approval; 30-120 is typical.
deal-admin-sla = Approval SLA (hours)
deal-admin-sla-hint = Escalated to vendor admins when it passes.
deal-admin-extension = Extension (days)
deal-admin-reminders = Reminders (days before expiry)
deal-admin-reminders-hint = Like 14, 3
deal-admin-save-settings = Save settings
deal-admin-product-registrations = { $sku } · { $count ->
    [one] { $count } registration
   *[other] { $count } registrations
}
deal-admin-retire = Retire
deal-admin-retire-named = Retire { $name }
deal-admin-offer-again = Offer again
deal-admin-offer-again-named = Offer again { $name }
deal-admin-sku = SKU
deal-admin-product-name = Product name
deal-admin-add-product = Add product

## Errors and field rules
deal-error-not-editable = This deal is { $status }; only pending or returned registrations can be edited.
deal-error-stage-closed = This deal is { $status }; its stage can no longer change.
deal-error-probability-whole = Probability is a whole percentage from 0 to 100.
deal-error-probability = Probability is a percentage from 0 to 100.
deal-error-stage = Choose a stage from the list.
deal-error-outcome = Choose won or lost.
deal-error-decision = Unknown decision.
deal-error-duplicate = Your company already registered this customer (deal #{ $id }).
deal-error-duplicate-field = Matches your deal #{ $id } ({ $reason }).
deal-error-rival-approved = Deal #{ $id } of another partner is already approved for this customer. Reject this registration, or approve it as a second partner.
deal-error-reason-long = Keep the reason under 1,000 characters.
deal-error-reject-reason = Say why the registration is rejected; the partner sees it.
deal-error-info-reason = Say what information is missing; the partner sees it.
deal-error-lost-reason = Say in a few words why the deal was lost (up to 500 characters).
deal-error-extension-reason = Say in a sentence why the deal needs more time (up to 1,000 characters).
deal-error-extension-once = An extension can be requested once, while an approved registration is still exclusive.
deal-error-extension-refuse-reason = Say why the extension is refused; the partner sees it.
deal-error-extension-none = There is no open extension request on this deal.
deal-error-domain-empty = Enter the customer's website, like acme.com.
deal-error-domain-shape = Enter a website like acme.com.
deal-error-phone = Enter a phone number with digits, spaces and + - ( ) only.
deal-error-currency = Choose a currency from the list.
deal-error-close-empty = Enter the expected close date.
deal-error-close-shape = Enter a date like 2027-03-31.
deal-error-close-past = The expected close date cannot be in the past.
deal-error-close-far = Registrations cover deals closing within three years.
deal-error-type = Choose new business, upsell or renewal.
deal-error-notes-long = Notes are limited to { $max } characters; please shorten them.
deal-error-products-none = Choose at least one product.
deal-error-products-many = Choose at most { $max } products.
deal-error-products-unknown = Choose products from the list.
deal-error-exclusivity-range = Exclusivity is a whole number from { $min } to { $max }.
deal-error-sla-range = The approval SLA is a whole number from { $min } to { $max }.
deal-error-extension-range = The extension is a whole number from { $min } to { $max }.
deal-error-order-range = The order is a whole number from { $min } to { $max }.
deal-error-reminder-days = List days before expiry like 14, 3 (each from 1 to 120).
deal-error-choose-from-list = Choose from the list.
deal-error-rule-bounds = The upper bound must be above the lower bound.
deal-error-rule-conflict = Choose a conflict condition.
deal-error-rule-action = Choose what the rule does.
deal-error-rule-auto-conflict = A conflict is never approved automatically; choose a person to route to.
deal-error-visibility = Choose one of the two options.

## Notifications and their e-mails
deal-notify-new-title = New registration: { $customer } ({ $value })
deal-notify-new-body = It is waiting for your decision.
deal-notify-new-body-conflict = It conflicts with another registration; compare them before deciding.
deal-notify-approved-title = Approved: { $customer }
deal-notify-approved-body = Your registration was approved. It is exclusive to you until { $date }.
deal-notify-registered-title = Registered: { $customer }
deal-notify-registered-body = { $hours ->
    [one] Your registration is pending approval; a decision is due within { $hours } hour.
   *[other] Your registration is pending approval; a decision is due within { $hours } hours.
}
deal-notify-status-title = { $status }: { $customer }
deal-notify-status-body = The registration is now { $status }.
# A person's own words (a reason, a note), as they wrote them.
deal-notify-said = { $text }
deal-notify-resubmitted-title = Resubmitted: { $customer }
deal-notify-resubmitted-body = The partner answered your questions; the registration waits for your decision.
deal-notify-extension-requested-title = Extension requested: { $customer }
deal-notify-extension-granted-title = Extension granted: { $customer } (exclusive until { $date })
deal-notify-extension-refused-title = Extension refused: { $customer }
deal-notify-reminder-title = { $days ->
    [one] Exclusivity ends in { $days } day: { $customer }
   *[other] Exclusivity ends in { $days } days: { $customer }
}
deal-notify-reminder-body = Your registration is exclusive until { $date }. Close the deal, update its stage, or request an extension.
deal-notify-overdue-title = Approval overdue: { $subject }
deal-notify-overdue-body = The approval SLA has passed without a decision. Please decide or reassign.
