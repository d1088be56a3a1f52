# Leads: the vendor's leads handed to partners (features/leads).

## Labels of stored values (string_enum!)
lead-status-queued = In the vendor's queue
lead-status-offered = Offered
lead-status-accepted = Accepted
lead-status-contacted = Contacted
lead-status-qualified = Qualified
lead-status-converted = Converted to a deal
lead-status-disqualified = Disqualified
lead-status-returned = Given back
lead-reject-not-our-region = Not our region
lead-reject-no-capacity = No capacity now
lead-reject-not-qualified = Not qualified for this product
lead-reject-already-customer = Already our customer
lead-reject-other = Other reason
lead-disq-no-budget = No budget
lead-disq-no-need = No need
lead-disq-unreachable = Could not reach the contact
lead-disq-competitor = Chose a competitor
lead-disq-duplicate = Duplicate of another lead or deal
lead-disq-other = Other reason
lead-source-campaign = Campaign
lead-source-web-form = Web form
lead-source-event = Event
lead-source-referral = Vendor referral
lead-strategy-named = To a named partner
lead-strategy-round-robin = Round robin
lead-strategy-weighted = Weighted by tier
lead-strategy-capacity = By capacity
lead-size-unknown = Size not known
lead-size-small = Under 10,000
lead-size-medium = 10,000 to 50,000
lead-size-large = 50,000 to 250,000
lead-size-strategic = Over 250,000

## What a lead is called (in workflow messages: "This lead is …")
lead-noun = lead

## What happens next
lead-next-queued = Waiting for the vendor to offer it to a partner.
lead-next-offered = Accept or reject it before the offer runs out.
lead-next-accepted = Contact the customer.
lead-next-contacted = Qualify the opportunity.
lead-next-qualified = Register the deal.
lead-next-converted = Registered as a deal.
lead-next-disqualified = Closed without a deal.
lead-next-returned = Given back; the vendor offers it elsewhere.

## The list
lead-list-title = Leads
lead-list-lead-partner = Leads the vendor offers you. Accept one to see the customer and contact.
lead-list-lead-staff = Leads in your scope, and the queue no partner holds.
lead-new-button = Add a lead
lead-rules-link = Distribution rules
lead-filter-label = Show leads
lead-filter-open = Open
lead-filter-queue = Queue
lead-filter-offered = Offered
lead-filter-worked = Being worked
lead-filter-closed = Closed
lead-filter-all = All
lead-col-lead = Lead
lead-col-partner = Partner
lead-col-status = Status
lead-col-source = Source
lead-col-next = Next step
lead-list-empty-title = No leads here
lead-list-empty-partner = When the vendor offers you a lead it appears here, and you are told by e-mail.
lead-list-empty-staff = Add a lead, or change the filter.
lead-offer-title = Lead #{ $id }
lead-teaser = { $region } · { $product } · { $size }
lead-any-product = Any product
lead-unassigned = Not offered
lead-held-short = Held: another partner has registered this customer.
lead-clock-left = { $duration } left to answer
lead-clock-ran-out = The offer ran out { $duration } ago
lead-notice-rejected = Lead rejected. It goes to the next partner.
lead-notice-returned = Lead given back to the vendor.

## One lead
lead-page-title = Lead
lead-doc-title = { $name } · Lead #{ $id }
lead-notice-created = Lead saved and handed out by the rules.
lead-held = Held in the queue: { $company } has an active registration of this customer (deal #{ $deal }). It is never offered automatically.
lead-held-open-deal = Open the deal
lead-converted-to = Registered as deal
lead-section-lead = The lead
lead-section-contact = Customer and contact
lead-section-history = History
lead-history-portal = Partner Portal
lead-fact-region = Region
lead-fact-country = Country
lead-fact-product = Product interest
lead-fact-size = Estimated size
lead-fact-source = Source
lead-fact-received = Received
lead-fact-partner = Partner
lead-fact-owner = Owner
lead-fact-rule = Rule
lead-fact-customer = Customer
lead-fact-contact = Contact
lead-fact-email = E-mail
lead-fact-phone = Phone
lead-fact-notes = Notes from the vendor
lead-contact-hidden = The customer and contact details are shown once you accept the lead.

## Actions
lead-answer-title = Your answer
lead-answer-text = Accepting shows you the customer and the contact, and the lead is yours to work.
lead-accept = Accept the lead
lead-reject-open = Reject…
lead-reject-reason = Reason
lead-reject-note = Note
lead-reject-note-hint = Required for "Other reason".
lead-reject = Reject the lead
lead-work-title = Work the lead
lead-convert = Register a deal from this lead
lead-convert-hint = The registration form opens filled in from the lead.
lead-mark-contacted = Mark contacted
lead-mark-qualified = Mark qualified
lead-colleague-title = Owner
lead-colleague = Colleague
lead-colleague-submit = Hand over
lead-end-title = End or give back
lead-disqualify-reason = Why it ends
lead-disqualify-note = Note
lead-disqualify = Disqualify
lead-give-back-open = Give the lead back…
lead-give-back-note = Why you give it back
lead-give-back = Give back to the vendor
lead-assign-title = Offer to a partner
lead-assign-company = Partner
lead-assign-by-rules = By the distribution rules
lead-assign-submit = Offer the lead
lead-close-title = Close the lead
lead-close-note = Why nobody will work it
lead-close-submit = Close the lead

## The new-lead form
lead-new-title = Add a lead
lead-new-lead = The distribution rules offer it to a partner as soon as you save it.
lead-form-customer = Customer
lead-form-contact = Contact
lead-form-interest = Interest
lead-field-customer = Company name *
lead-field-domain = Website domain
lead-field-domain-hint = Used to find registrations of the same customer.
lead-field-country = Country *
lead-field-region = Region *
lead-field-contact-name = Contact name *
lead-field-contact-title = Job title
lead-field-contact-email = E-mail *
lead-field-contact-phone = Phone
lead-field-product = Product interest
lead-field-value = Estimated value
lead-field-value-hint = Optional. Partners see only its size band until they accept.
lead-field-currency = Currency
lead-field-source = Source
lead-field-notes = Notes for the partner
lead-field-notes-hint = Shown to the partner after it accepts.
lead-new-submit = Save and hand out
lead-cancel = Cancel
lead-choose = Choose…

## Distribution rules
lead-rules-title = Lead distribution rules
lead-rules-lead = Rules are tried in order: the first one that matches a lead and finds a partner offers it. A lead no rule places waits in the queue.
lead-rules-saved = Saved.
lead-rules-empty-title = No rules yet
lead-rules-empty = Without rules every lead waits in the queue for a channel manager.
lead-rule-col-name = Rule
lead-rule-col-when = When the lead is
lead-rule-col-how = Offered
lead-rule-col-hours = Hours to answer
lead-rule-col-actions = Actions
lead-rule-any = Any lead
lead-rule-off = Off
lead-rule-up = Move { $name } up
lead-rule-down = Move { $name } down
lead-rule-switch-off = Switch off
lead-rule-switch-on = Switch on
lead-rule-to-company = To { $company }
lead-rule-add-title = Add a rule
lead-rule-name = Name *
lead-rule-region = Region
lead-rule-country = Country
lead-rule-product = Product
lead-rule-tier = Partner tier
lead-rule-type = Partner type
lead-rule-strategy = Offer it
lead-rule-company = Named partner
lead-rule-hours = Hours to answer
lead-rule-any-region = Any region
lead-rule-any-country = Any country
lead-rule-any-tier = Any tier
lead-rule-any-type = Any type
lead-rule-no-company = None
lead-rule-help = Round robin takes turns among the partners of the lead's region; weighted by tier gives higher tiers more; by capacity picks the partner with the most room below its open-lead limit.
lead-rule-add = Add the rule
lead-capacity-title = Open-lead limit
lead-capacity-help = A partner is offered no more leads while it holds this many (offered or being worked). Without a limit of its own: { $default }.
lead-capacity-company = Partner
lead-capacity-max = Open leads at most
lead-capacity-save = Save the limit

## History lines
lead-event-created = Lead added ({ $source })
lead-event-offered = Offered to { $company }
lead-event-offered-rule = Offered to { $company } by the rule "{ $rule }"
lead-event-held = Held: { $company } has an active registration of this customer (deal #{ $deal })
lead-event-unmatched = No rule found a partner; waiting in the queue
lead-event-accepted = Accepted
lead-event-converted = Registered as deal #{ $deal }
lead-event-rejected = Rejected: { $reason }
lead-event-timed-out = The offer ran out without an answer
lead-event-status = { $status }
lead-event-disqualified = Disqualified: { $reason }
lead-event-returned = Given back to the vendor
lead-event-assigned = Handed to { $name }
lead-event-withdrawn = Withdrawn by the vendor
lead-event-closed = Closed by the vendor
lead-event-changed = Changed

## Notifications and e-mails (never with the customer's details)
lead-notify-offered-title = New lead for you: { $product } in { $region }
lead-notify-offered-body = Accept or reject it by { $due }. The customer and contact are shown once you accept.
lead-notify-reminder-title = Lead waiting for your answer: { $product } in { $region }
lead-notify-reminder-body = The offer runs out at { $due }; then the lead goes to another partner.
lead-notify-lapsed-title = Lead offer ran out: { $product } in { $region }
lead-notify-lapsed-body = Nobody answered in time, so the lead went to another partner.
lead-notify-withdrawn-title = Lead withdrawn: { $product } in { $region }
lead-notify-withdrawn-body = The vendor offered this lead to another partner.
lead-notify-returned-title = { $company } gave a lead back
lead-notify-returned-body = Their note: { $note }
lead-notify-assigned-title = { $name } handed you a lead
lead-notify-assigned-body = It is yours to work now.

## Errors
lead-error-domain = Enter a domain such as example.com.
lead-error-phone = Use digits, spaces and + - ( ) only (at most 40).
lead-error-title = At most { $max } characters.
lead-error-product = Choose one of the listed products.
lead-error-currency = Choose one of the listed currencies.
lead-error-source = Choose where the lead came from.
lead-error-notes = At most { $max } characters.
lead-error-offer-ran-out = This offer ran out at { $due }; the lead goes to another partner.
lead-error-reject-reason = Choose a reason.
lead-error-disqualify-reason = Choose why the lead ends.
lead-error-note-long = At most { $max } characters.
lead-error-note-needed = Add a short note.
lead-error-status = That is not a step a lead can take.
lead-error-status-filter = Unknown filter.
lead-error-not-worked = Only a lead your company is working can be handed to a colleague.
lead-error-colleague = Choose an active colleague of your company.
lead-error-company = Choose an active partner you look after.
lead-error-answer = Accept or reject.
lead-error-step = Unknown step.
lead-error-capacity = Enter a whole number from 0 to 100,000.
lead-rule-error-tier = Choose one of the tiers.
lead-rule-error-type = Choose one of the partner types.
lead-rule-error-strategy = Choose how the lead is offered.
lead-rule-error-company-needed = Choose the partner this rule offers to.
lead-rule-error-hours = Enter 1 to { $max } hours.
lead-rule-error-op = Unknown change.

## The first screen
lead-home-title = Leads
lead-home-waiting = { $count ->
    [one] One lead waits for your answer
   *[other] { $count } leads wait for your answer
}
lead-home-next = The next offer runs out in { $duration }.
lead-home-working = { $count ->
    [one] One lead being worked
   *[other] { $count } leads being worked
}
lead-home-none = No leads waiting for an answer.
lead-home-open = Open leads
lead-home-staff-queue = Leads in the queue
lead-home-staff-offered = Lead offers awaiting an answer
lead-home-staff-worked = Leads being worked
lead-home-staff-converted = Leads registered as deals this year

## CSV import
lead-import-link = Import CSV
lead-import-title = Import leads
lead-import-lead = Up to { $max } leads a file. Every line is checked first; then all of them are created and handed out by the rules, or none.
lead-import-file-title = Your file
lead-import-file = CSV file
lead-import-paste = Or paste the lines
lead-import-columns = First line: company, contact_name, contact_email, country, region; optionally domain, contact_phone, contact_title, product, value, currency, source, notes.
lead-import-preview = Check the lines
lead-import-example-title = Example
lead-import-preview-pasted = The pasted lines
lead-import-preview-file = { $file }
lead-import-done = These leads were created.
lead-import-valid = { $count ->
    [one] One lead is ready.
   *[other] All { $count } leads are ready.
}
lead-import-apply = { $count ->
    [one] Create and hand out one lead
   *[other] Create and hand out { $count } leads
}
lead-import-errors = { $bad } of { $count } lines have problems. Correct the file and check it again; nothing was created.
lead-import-applied = Leads created: { $offered } offered to partners, { $queued } waiting in the queue.
lead-import-lines = Lines of the file
lead-import-col-line = Line
lead-import-col-company = Company
lead-import-col-region = Region
lead-import-col-contact = Contact
lead-import-col-problems = Problems
lead-import-ok = Ready
lead-sheet-rows = leads
lead-csv-product = No product with the SKU or name "{ $product }".
lead-csv-has-errors = Some lines have problems; nothing was created.
lead-upload-multipart = Send the file as a form upload.
lead-upload-utf8 = Save the file as UTF-8 text (CSV) and upload it again.
lead-upload-choose = Choose a CSV file.

## The staff's lead figures

lead-figures-link = Figures
lead-figures-title = Lead figures
lead-figures-subtitle = { $from } to { $to } · revenue in { $currency }
lead-figures-back = All leads
lead-figures-dashboard = Dashboard
lead-figures-filters = Lead figure filters
lead-figures-period = Period
lead-figures-days = { $days ->
        [365] Last 12 months
       *[other] Last { $days } days
    }
lead-figures-currency = Currency
lead-figures-apply = Show
lead-figures-stat-offers = Offers made
lead-figures-stat-offers-sub = { $answered } answered · { $rejected } rejected · { $timed_out } ran out
lead-figures-stat-acceptance = Acceptance rate
lead-figures-stat-acceptance-sub = { $accepted } accepted of { $answered } answered
lead-figures-stat-time = Median time to accept
lead-figures-stat-time-sub = 90th percentile { $p90 }
lead-figures-stat-conversion = Conversion rate
lead-figures-stat-conversion-sub = { $converted } registered as deals · { $won } won
lead-figures-how = Offers, answers and time to accept count what happened in the period. Conversions and revenue follow the leads accepted in the period, whenever they were registered or won; revenue counts deals won in the chosen currency.
lead-figures-sample = Times to accept are read from the newest { $count } acceptances of the period.
lead-figures-by-partner = By partner
lead-figures-by-region = By region
lead-figures-by-source = By source
lead-figures-more = { $count ->
        [one] One more partner is in the CSV.
       *[other] { $count } more partners are in the CSV.
    }
lead-figures-csv = Export CSV
lead-figures-none = No offers in this period.
lead-figures-col-partner = Partner
lead-figures-col-region = Region
lead-figures-col-source = Source
lead-figures-col-offered = Offers
lead-figures-col-accepted = Accepted
lead-figures-col-rejected = Rejected
lead-figures-col-timed-out = Ran out
lead-figures-col-time-to-accept = Time to accept
lead-figures-col-converted = Registered
lead-figures-col-won-in = Won ({ $currency })
lead-figures-col-won-deals = Won deals
lead-figures-won-deals = { $count ->
        [one] { $count } deal
       *[other] { $count } deals
    }
lead-figures-csv-acceptance = Acceptance rate (%)
lead-figures-csv-conversion = Conversion rate (%)
lead-figures-all = All
lead-figures-export-which = Choose a breakdown to export: { $breakdowns }.
