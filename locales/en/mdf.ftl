
## Labels of stored values (string_enum!)
mdf-status-submitted = Awaiting approval
mdf-status-returned = Returned for changes
mdf-status-declined = Declined
mdf-status-cancelled = Cancelled
mdf-status-approved = Approved
mdf-status-claimed = Claim in review
mdf-status-changes-requested = Claim needs changes
mdf-status-claim-rejected = Claim rejected
mdf-status-claim-approved = Claim approved
mdf-status-reimbursed = Reimbursed
mdf-status-expired = Claim deadline passed
activity-type-event = Event
activity-type-webinar = Webinar
activity-type-digital = Digital campaign
activity-type-syndication = Content syndication
activity-type-training = Training
activity-type-other = Other
entry-kind-allocation = Allocation
entry-kind-commitment = Approved request
entry-kind-release = Released commitment
entry-kind-claim = Approved claim
entry-kind-reimbursement = Reimbursement
entry-kind-expiry = Expired at period end

## What a request is called (in workflow messages: "This request is …")
mdf-noun = request

## What happens next, in the partner's words
mdf-next-submitted = Your channel manager reviews the request.
mdf-next-returned = Change the request and submit it again.
mdf-next-declined = Declined; this request is closed.
mdf-next-cancelled = Cancelled; nothing more to do.
mdf-next-approved = Run the activity, then file a claim with proof before the deadline.
mdf-next-claimed = Your claim is being reviewed.
mdf-next-changes-requested = Change the claim as asked and submit it again.
mdf-next-claim-rejected = The claim was rejected; the funds went back to your balance.
mdf-next-claim-approved = Approved for payment; finance pays it.
mdf-next-reimbursed = Paid.
mdf-next-expired = No claim was filed in time; the funds went back to your balance.
mdf-claim-by = Claim by { $date }

## The ledger's refusals ($available: an amount)
mdf-ledger-zero = The amount must not be zero.
mdf-ledger-short-allocation = Not enough funds for this allocation: { $available } is available.
mdf-ledger-short-commitment = Not enough funds for this approved request: { $available } is available.
mdf-ledger-short-release = Not enough funds for this released commitment: { $available } is available.
mdf-ledger-short-claim = Not enough funds for this approved claim: { $available } is available.
mdf-ledger-short-reimbursement = Not enough funds for this reimbursement: { $available } is available.
mdf-ledger-short-expiry = Not enough funds for this expired at period end: { $available } is available.
mdf-ledger-funds-expired = Unused { $period } funds expired at the end of the period.

## The request form's rules
mdf-activity-choose = Choose the kind of activity.
mdf-title-empty = Give the activity a title.
mdf-title-long = Keep the title under 150 characters.
mdf-description-long = Keep the description under 4,000 characters.
mdf-starts-empty = Enter the first day of the activity.
mdf-ends-empty = Enter the last day of the activity.
mdf-ends-before = The activity cannot end before it starts.
mdf-too-long = An activity can run for at most a year.
mdf-ended-long-ago = That activity ended more than a year ago.
mdf-too-far = That is more than two years ahead.
mdf-whole-number = Enter a whole number, or leave it empty.
mdf-amount-over-cost = The amount requested cannot be more than the total cost.
mdf-amount-over-share = The program reimburses up to { $percent } % of the cost: at most { $max } for this activity.
mdf-amount-over-balance = Only { $available } of your MDF balance is available to request.
mdf-amount-contribution = Your contribution and the amount requested add up to more than the total cost.
mdf-no-funds = No MDF funds are allocated to your company for this period yet. Your channel manager can allocate them.
mdf-edit-not-returned = Only a request returned for changes can be edited.
# $status: the request's status label
mdf-edit-status = This request is “{ $status }”; only a request returned for changes can be edited.
mdf-status-filter = Unknown status filter.

## Decisions, claims and payments
mdf-decision-unknown = Unknown decision.
mdf-reason-return = Say why the request goes back; the partner sees it.
mdf-reason-decline = Say why the request is declined; the partner sees it.
mdf-reason-claim-changes = Say why the claim needs changes; the partner sees it.
mdf-reason-claim-reject = Say why the claim is rejected; the partner sees it.
mdf-approve-over-request = Approve at most the amount requested.
mdf-approve-partial-reason = Say why less than requested is approved; the partner sees it.
mdf-approve-over-available = Only { $available } of this partner's funds is available; approve less or return the request.
mdf-leads-whole = Enter a whole number of leads.
mdf-claim-too-early = Claims are filed once the activity has taken place; its last day is { $date }.
mdf-claim-too-late = The claim deadline for this activity was { $date }; claims after it are not accepted. The approved funds go back to your balance.
mdf-claim-no-proof = Attach proof of performance first: an invoice, photos, or the attendee or lead list.
mdf-claim-over-cap = At most { $cap }: the approved request, and { $percent } % of the actual cost.
mdf-payment-reference-empty = Enter the payment's reference (transfer or credit note number).
mdf-paid-on = Enter the payment date (not in the future).

## Proof of performance (uploads)
# $status: the request's status label
mdf-proof-closed = This request is “{ $status }”; proof can be added while its claim is open.
mdf-proof-deadline = The claim deadline for this activity was { $date }.
mdf-proof-max = A claim holds at most { $max } files; remove one first.
mdf-proof-submitted = Files of a submitted claim stay with it.
mdf-upload-multipart = Send the files as multipart/form-data.
mdf-upload-unreadable = The upload could not be read.
mdf-upload-request-first = Say which request the file belongs to (request_id first).
mdf-upload-choose = Choose a file to upload.
mdf-upload-csv-multipart = Send the CSV as multipart/form-data.
mdf-upload-csv-utf8 = The CSV is not UTF-8 text. Save it as "CSV UTF-8".
mdf-upload-csv-choose = Choose a CSV file.
mdf-download-which = Which file? Give its id.

## History notes the portal writes (amounts in the request's currency)
mdf-note-claimed = Claimed { $claimed }: { $percent } % of the actual cost of { $cost }.
mdf-note-released = { $released } of the { $committed } committed goes back to the balance.
mdf-note-payment = Payment reference { $reference }.
# $reason: what the vendor wrote
mdf-note-partial = Approved { $approved } of { $requested } requested. { $reason }
mdf-note-cancelled = Cancelled by the partner.
mdf-note-resubmitted = Changed and submitted again.
mdf-note-expired = No claim was filed before the deadline; the funds went back to the balance.
mdf-note-escalated = Past the decision time; vendor admins told.

## Notifications and e-mails ($status: the new status's label; $amount: an amount)
mdf-notify-title = { $status }: { $title }
mdf-notify-request-title = MDF request: { $title }
mdf-notify-claim-title = MDF claim: { $title }
mdf-notify-asks = { $company } asks for { $amount } ({ $activity }).
mdf-notify-body = { $status }
mdf-notify-body-amount = { $status } · { $amount }
# $note: what the vendor or the partner wrote
mdf-notify-body-note = { $status }
    { $note }
mdf-notify-body-amount-note = { $status } · { $amount }
    { $note }
# The status line, then the history note (the same message, with its values).
mdf-notify-claimed = { $status } · { $amount }
    { mdf-note-claimed }
mdf-notify-released = { $status } · { $amount }
    { mdf-note-released }
mdf-notify-payment = { $status } · { $amount }
    { mdf-note-payment }
mdf-notify-partial = { $status } · { $amount }
    { mdf-note-partial }
mdf-notify-resubmitted = { $status } · { $amount }
    { mdf-note-resubmitted }
mdf-notify-expired = { $status } · { $amount }
    { mdf-note-expired }
mdf-notify-cancelled = { $status }
    { mdf-note-cancelled }
mdf-notify-cancelled-amount = { $status } · { $amount }
    { mdf-note-cancelled }
mdf-overdue-request-title = Overdue MDF request: { $subject }
mdf-overdue-claim-title = Overdue MDF claim: { $subject }
mdf-overdue-request-body = This MDF request has waited longer than the program's decision time.
mdf-overdue-claim-body = This MDF claim has waited longer than the program's decision time.
mdf-allocated-title = MDF allocated: { $amount } for { $period }
mdf-allocated-body = Your company now has { $available } available for marketing activities.
mdf-allocated-body-upload = New marketing funds are available to your company.

## Allocations: the form, the CSV and its lines
mdf-period-shape = Enter a period like 2026-Q4 or 2026.
mdf-period-give = Give a period like 2026-Q4.
mdf-currency-choose = Choose a currency from the list.
mdf-fund-currency = This company's { $period } funds are in { $currency }; allocate in that currency.
mdf-fund-expired = The { $period } funds have expired; allocate to a current period.
# What a line of the allocation CSV is, in the plural (in the CSV's errors).
mdf-sheet-rows = allocations
mdf-csv-company-missing = The company is missing.
mdf-csv-period = "{ $period }" is not a period like 2026-Q4 or 2026.
# $error: why the amount was refused
mdf-csv-amount = Amount: { $error }
mdf-csv-currency = "{ $currency }" is not a currency the program uses.
mdf-csv-no-company = No partner company is called "{ $company }".
mdf-csv-ambiguous = "{ $company }" matches more than one company; use its id.
mdf-csv-expired = The { $period } funds have expired.
mdf-csv-fund-currency = This company's { $period } funds are in { $currency }.
mdf-csv-reduction = A reduction larger than the { $available } available.
mdf-csv-has-errors = Some lines have errors; nothing was applied. Correct the file and upload it again.

## The program's rules
mdf-settings-claim-days = The claim deadline must be a whole number from { $min } to { $max }.
mdf-settings-max-percent = The reimbursement percentage must be a whole number from { $min } to { $max }.
mdf-settings-sla-hours = The approval time must be a whole number from { $min } to { $max }.
mdf-settings-period = Choose quarter or year.

## Shared pieces of the pages
mdf-funds-link = Marketing funds
mdf-request-funds = Request funds
mdf-queues-link = Queues
mdf-budgets-link = Budgets
mdf-balance-allocated = Allocated
mdf-balance-available = Available
mdf-balance-committed = Committed
mdf-balance-claimed = Claimed
mdf-balance-paid = Paid
mdf-col-activity = Activity
mdf-col-partner = Partner
mdf-col-region = Region
mdf-col-status = Status
mdf-col-requested = Requested
mdf-col-approved = Approved
mdf-col-claimed = Claimed
mdf-col-to-pay = To pay
mdf-col-next-step = Next step
mdf-col-waiting-since = Waiting since
mdf-col-clock = Clock

## The fund card
mdf-balance-title = MDF balance
mdf-balance-none = No market development funds are allocated to your company for this period yet. Your channel manager allocates them.
mdf-balance-period = MDF balance · { $period }
mdf-balance-requestable = available to request
mdf-balance-bar = { $paid } paid, { $claimed } claimed, { $committed } committed, { $available } available of { $allocated } allocated
mdf-balance-pending = In requests awaiting approval
mdf-balance-expired = Expired
mdf-balance-expires = Unused funds expire at the end of { $period } ({ $date }).
mdf-balance-claims-due = { $count } claim(s) due within 14 days.
mdf-balance-file-them = File them

## The request list
mdf-list-title = Marketing funds
mdf-list-lead-partner = Request funds for marketing activities, claim them back with proof, and see where every amount stands.
mdf-list-lead-staff = MDF requests and claims of the partner companies you manage.
mdf-filter-label = Filter by status
mdf-filter-open = Open
mdf-filter-submitted = Awaiting approval
mdf-filter-approved = To claim
mdf-filter-claimed = Claims in review
mdf-filter-reimbursed = Paid
mdf-filter-all = All
mdf-list-empty-title = Nothing here
mdf-list-empty-partner = No requests with this status. Request funds for your next event, webinar or campaign.
mdf-list-empty-staff = No requests with this status.

## The request form
mdf-new-page-title = Request funds
mdf-edit-page-title = Change request
mdf-new-heading = Request marketing funds
mdf-edit-heading = Change the request
mdf-new-lead = Your company and your name are added for you. Fields marked * are needed.
mdf-edit-lead = Change what your channel manager asked about; saving submits the request again.
mdf-manager-asked = Your channel manager asked:
mdf-form-activity = Activity
mdf-form-kind = Kind of activity *
mdf-form-title = Title *
mdf-form-title-hint = Like “Cloud security breakfast, Munich”.
mdf-form-first-day = First day *
mdf-form-last-day = Last day *
mdf-form-description = What you will do
mdf-form-description-hint = Audience, channels, the vendor products featured.
mdf-form-money = Money ({ $currency })
mdf-form-total-cost = Total cost *
mdf-form-requested = Amount requested *
mdf-form-contribution = Your contribution
mdf-form-optional = Optional
mdf-form-expected = Expected results
mdf-form-leads = Leads
mdf-form-pipeline = Pipeline
mdf-form-pipeline-hint = Optional, in the same currency
mdf-form-sending = Sending…
mdf-form-resubmit = Save and submit again
mdf-form-submit = Submit request
mdf-form-cancel = Cancel
mdf-form-next-title = What happens next
mdf-form-next-approve = Your channel manager approves the request (in full or in part) and the amount is set aside for you.
mdf-form-next-claim = After the activity, file a claim with proof (invoices, photos, lead lists) within { $days } days of its last day.
mdf-live-ok = Within the rules. { $left } of your balance would be left to request.
mdf-live-up-to = You can request up to { $max } for this activity.
mdf-live-rules = The program reimburses up to { $percent } % of the cost; { $available } is available to request.

## A request
mdf-request-page-title = MDF request
mdf-request-doc-title = { $title } · MDF #{ $id }
mdf-request-subtitle = { $activity } · { $start } – { $end } · requested by { $owner } of { $company }
mdf-change-resubmit = Change and resubmit
mdf-notice-sent-in = Request sent in { $duration }. Your channel manager has been notified.
mdf-notice-sent = Request sent. Your channel manager has been notified.
mdf-notice-claimed = Claim filed. The vendor team reviews it.
mdf-notice-uploaded = { $count } file(s) added to the claim.
mdf-claim-due = Claim due by { $date } ({ $days } days left)
mdf-claim-deadline-passed = The claim deadline passed on { $date }.
mdf-vendor-note = Vendor note:
mdf-claim-reason = On the claim:
mdf-section-request = Request
mdf-fact-total-cost = Total cost
mdf-fact-requested = Requested
mdf-fact-contribution = Partner contribution
mdf-fact-reimbursed-up-to = Reimbursed up to
mdf-fact-share = { $percent } % of the cost
mdf-fact-expected = Expected
mdf-expected-leads = { $leads } leads
mdf-expected-leads-pipeline = { $leads } leads · { $pipeline } pipeline
mdf-fact-funds = Funds
mdf-fact-submitted = Submitted
mdf-fact-time-to-request = Time to request
mdf-fact-approved = Approved
mdf-fact-plan = Plan
mdf-section-claim = Claim
mdf-fact-filed = Filed
mdf-fact-actual-cost = Actual cost
mdf-fact-claimed = Claimed
mdf-fact-leads = Leads
mdf-fact-approved-for-payment = Approved for payment
mdf-fact-paid = Paid
mdf-paid-ref = { $date } · ref. { $reference }
mdf-section-deals = Deals from this activity
mdf-section-history = History
# Who acted, when the portal did (a job)
mdf-history-portal = Portal
mdf-event-requested = Requested
mdf-event-proof-added = Proof added
mdf-event-proof-removed = Proof removed
mdf-event-escalated = Escalated to vendor admins
mdf-event-claim-filed = Claim filed
mdf-fund-mini-title = { $company }: funds
mdf-proof-title = Proof of performance
mdf-proof-none = No files yet. Attach invoices, photos, or the attendee or lead list.
mdf-proof-remove = Remove
mdf-proof-remove-label = Remove { $name }
mdf-proof-add = Add files
mdf-proof-hint = PDF, PNG, JPEG, CSV or XLSX, up to 10 MB each; up to 3 per upload.
mdf-proof-upload = Upload
# A file's size ($size: a number)
mdf-size-mb = { $size } MB
mdf-size-kb = { $size } KB
mdf-decision-title = Decision
mdf-decision-available = Available in this partner's funds: { $amount }
mdf-decision-amount = Amount to approve
mdf-decision-amount-hint = Lower it to approve in part (say why below).
mdf-decision-reason = Comment or reason
mdf-decision-approve = Approve
mdf-decision-return = Return for changes
mdf-decision-decline = Decline
mdf-claim-title = File the claim
mdf-claim-terms = Approved: { $approved }. Reimbursed: up to { $percent } % of the actual cost.
mdf-claim-actual-cost = Actual cost *
mdf-claim-leads = Leads generated
mdf-claim-deals = Deals this activity produced
mdf-claim-notes = Notes
mdf-claim-submit = Submit claim
mdf-claim-submit-again = Submit the claim again
mdf-review-title = Review the claim
mdf-review-cap = At most { $cap }: the approved request and { $percent } % of the actual cost.
mdf-review-amount = Amount to pay
mdf-review-approve = Approve claim
mdf-review-changes = Request changes
mdf-review-reject = Reject
mdf-pay-title = Record the payment
mdf-pay-reference = Payment reference *
mdf-pay-paid-on = Paid on
mdf-pay-submit = Mark { $amount } paid
mdf-cancel-activity = Cancel the activity (funds go back)
mdf-cancel-request = Cancel this request

## The vendor's queues
mdf-queue-title = MDF queues
mdf-queue-lead = Requests to approve, claims to review and payments to record, oldest first.
mdf-queue-requests = Requests awaiting approval
mdf-queue-claims = Claims to review
mdf-queue-payments = Approved claims to pay
mdf-queue-requests-empty = No requests are waiting.
mdf-queue-claims-empty = No claims are waiting.
mdf-queue-payments-empty = Nothing waits for payment.

## Budgets and return on MDF
mdf-budgets-title = MDF budgets
mdf-budgets-lead = Allocated, committed, claimed, paid and available funds per period, region and partner; and what the activities brought.
mdf-budgets-allocated = Funds allocated. The partner's admins were notified.
mdf-budgets-applied = { $count } allocations applied from the upload.
mdf-budgets-saved = MDF rules saved.
mdf-budgets-period = Period
mdf-budgets-empty-title = No funds in this period
mdf-budgets-empty = Nothing is allocated for { $period } yet.
mdf-budgets-by-region = By region · { $period }
mdf-budgets-by-partner = By partner · { $period }
mdf-budgets-by-region-label = Funds by region
mdf-budgets-by-partner-label = Funds by partner
mdf-budgets-expired = { $amount } expired
mdf-roi-title = Return on MDF
mdf-roi-empty = No approved claims in this period yet. ROI appears once claims are approved and linked to deals.
mdf-roi-lead = Approved claims against the deals partners linked to them (same currency only). Pipeline: open registrations at their estimated value; won: final values.
mdf-roi-by-activity = By activity
mdf-roi-by-partner = By partner
mdf-roi-by-activity-label = Return on MDF by activity
mdf-roi-by-partner-label = Return on MDF by partner
mdf-roi-activities = Activities
mdf-roi-spent = MDF spent
mdf-roi-leads = Leads
mdf-roi-deals = Deals
mdf-roi-pipeline = Pipeline
mdf-roi-won = Won
mdf-roi-pipeline-per = Pipeline per MDF
mdf-roi-won-per = Won per MDF
# What linked deals brought per unit of MDF spent ($ratio: a number)
mdf-roi-ratio = { $ratio }×

## The budget console (vendor admins)
mdf-admin-allocate-title = Allocate funds
mdf-admin-company = Partner company
mdf-admin-period = Period *
mdf-admin-period-hint = 2026-Q4 or 2026
mdf-admin-amount = Amount *
mdf-admin-amount-hint = Negative to reduce
mdf-admin-currency = Currency
mdf-admin-note = Note
mdf-admin-allocate = Allocate
mdf-admin-upload-title = Upload allocations (CSV)
mdf-admin-upload-lead = Columns: company (name or id), period, amount, currency, note. You see a preview first; nothing is applied until every line is valid.
mdf-admin-csv-file = CSV file
mdf-admin-upload = Upload and preview
mdf-admin-paste = …or paste the lines
mdf-admin-preview = Preview
mdf-admin-rules-title = MDF rules
mdf-admin-period-kind = Funds are allocated per
mdf-admin-quarter = Quarter
mdf-admin-year = Year
mdf-admin-claim-days = Claim deadline (days after the activity)
mdf-admin-max-percent = Maximum reimbursement %
mdf-admin-max-percent-hint = 100, or e.g. 50 for co-op
mdf-admin-sla-hours = Decision time (hours)
mdf-admin-expire-funds = Unused funds expire at the end of their period
mdf-admin-save-rules = Save rules
mdf-preview-title = Preview: { $file }
mdf-preview-title-pasted = Preview: pasted lines
mdf-preview-applied = This upload was applied.
mdf-preview-valid = All { $count } lines are valid: { $total }.
mdf-preview-apply = Apply { $count } allocations
mdf-preview-errors = { $bad } of { $count } lines have errors. Nothing was applied: correct the file and upload it again.
mdf-preview-lines = Lines of the upload
mdf-preview-col-line = Line
mdf-preview-col-company = Company
mdf-preview-col-period = Period
mdf-preview-col-amount = Amount
mdf-preview-col-problems = Problems
mdf-preview-ok = OK
