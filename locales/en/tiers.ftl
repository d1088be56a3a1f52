# Tiers and incentives: the partner's tier and progress, rebates and
# points, the staff's tier board and company pages, the program console,
# payout runs, and what evaluation says and sends.
# Glossary of domain terms: locales/GLOSSARY.md.

## Shared words
tier-yes = Yes
tier-no = No
tier-filter-all = All
tier-progress-separator = {"; "}

## Content levels
tier-content-basic = Basic
tier-content-standard = Standard
tier-content-premium = Premium

## Incentive kinds and statuses
tier-incentive-rebate = Rebate
tier-incentive-commission = Commission
tier-incentive-earned = Earned
tier-incentive-approved = Approved
tier-incentive-paid = Paid
tier-incentive-clawed-back = Clawed back

## Requirements
tier-req-revenue = Won revenue in the last 12 months
tier-req-approved = Approved deal registrations in the last 12 months
tier-req-won = Won deal registrations in the last 12 months
tier-req-certified = Certified people

## Progress
tier-progress-untracked = Not tracked yet
tier-progress-of = { $current } of { $target }
tier-progress-done = Done
tier-progress-not-yet = Not yet
tier-progress-not-counted = Not counted yet
tier-progress-met = Met
tier-progress-certification = Certification is counted once training is part of the portal; until then it does not block the tier.

## Progress lines in reasons and notes
tier-line-untracked = { $requirement }: not tracked yet
tier-line-revenue = { $current } of { $target } won revenue in the last 12 months
tier-line-approved = { $current } of { $target } approved deal registrations in the last 12 months
tier-line-won = { $current } of { $target } won deal registrations in the last 12 months
tier-line-certified = { $current } of { $target } certified people
tier-line-custom-done = { $criterion }: done
tier-line-custom-open = { $criterion }: not yet

## Benefits
tier-benefit-discount = Resale discount
tier-benefit-margin = Deal registration extra margin
tier-benefit-rebate = Rebate on won deals
tier-benefit-commission = Commission on won deals
tier-benefit-mdf = Market development funds
tier-benefit-mdf-eligible = Eligible
tier-benefit-mdf-not-included = Not included
tier-benefit-content = Content access

## The tier card
tier-card-title = Your tier: { $tier }
tier-card-details = Tier details
tier-card-since = { $program } · since { $date }
tier-card-benefits = { $discount } discount · { $margin } deal registration margin · { $rebate } rebate
tier-card-grace = Below the { $tier } requirements: the tier is kept until { $until }. Meet them again to keep it.
tier-card-keep = To keep { $tier }
tier-card-pending = { $from } -> { $to } proposed, waiting for your channel manager
tier-card-next = Progress to { $tier }
tier-card-top = You are at the program's top tier.

## Column headers
tier-col-tier = Tier
tier-col-revenue-12 = Won revenue (12 months)
tier-col-revenue = Revenue
tier-col-approved = Approved
tier-col-won = Won
tier-col-certified = Certified
tier-col-discount = Discount
tier-col-deal-margin = Deal margin
tier-col-margin = Margin
tier-col-rebate = Rebate
tier-col-commission = Commission
tier-col-mdf = MDF
tier-col-content = Content
tier-col-from = From
tier-col-criteria = Criteria
tier-col-program = Program
tier-col-companies = Companies
tier-col-company = Company
tier-col-region = Region
tier-col-since = Since
tier-col-qualifies = Qualifies for
tier-col-grace = Grace until
tier-col-deal = Deal
tier-col-kind = Kind
tier-col-status = Status
tier-col-deal-value = Deal value
tier-col-rate = Rate
tier-col-amount = Amount
tier-col-action = Action
tier-col-rank = Rank
tier-col-points = Points
tier-col-run = Run
tier-col-entries = Entries
tier-col-total = Total
tier-col-created = Created
tier-col-reference = Reference
tier-col-csv = CSV

## The partner's tier page
tier-mine-title = Your tier
tier-mine-lead = Where your company stands in the partner program, what it takes to reach the next tier and what it gives.
tier-figures-title = Last 12 months
tier-figures-revenue = Won revenue
tier-figures-approved = Approved registrations
tier-figures-won = Won registrations
tier-figures-unconverted = Won deals in { $currencies } are not counted: the program has no exchange rate for them yet.
tier-figures-gives = What { $tier } gives you
tier-ladder-title = { $program } tiers
tier-ladder-label = Tiers of the program
tier-ladder-current = Current
tier-ladder-also = Also: { $criteria }
tier-ladder-no-rules = No rules in force yet
tier-history-title = Tier history
tier-history-empty = No changes yet.
tier-none-title = Not in a program yet
tier-none-text = The company joins the default partner program at its entry tier at the next evaluation (every day, and when a deal is won).

## History
tier-event-placed = Placed on { $to }
tier-event-assigned = Moved from { $from } to { $to } directly
tier-event-proposed = { $from } -> { $to } proposed
tier-event-approved = Moved from { $from } to { $to }
tier-event-rejected = { $from } -> { $to } not approved
tier-event-withdrawn = Proposal for { $to } withdrawn
tier-event-grace-started = Grace period started on { $to }
tier-event-grace-cleared = Back at the { $to } requirements
tier-event-checked = { $to } criterion met
tier-event-unchecked = { $to } criterion no longer met

## A company's tier page (staff)
tier-company-title = Partner tier
tier-company-heading = { $company }: tier
tier-company-evaluated = Last evaluated { $at }
tier-company-not-evaluated = Not evaluated yet
tier-company-link = Company
tier-evaluate-now = Evaluate now
tier-notice-decided = Decision saved. The partner's admins were notified.
tier-notice-checked = Criterion saved and the company evaluated again.
tier-notice-assigned = Tier assigned.
tier-notice-evaluated = Evaluated with today's figures.
tier-decide-title = { $company }: { $from } -> { $to }
tier-decide-up = Upgrade
tier-decide-down = Downgrade
tier-decide-proposed = Proposed { $at }
tier-decide-note = Note to the partner (required to reject)
tier-decide-approve = Approve
tier-decide-reject = Reject
tier-criteria-title = Criteria you confirm
tier-criteria-lead = Requirements the portal cannot measure (a signed business plan, a quarterly review). Ticking one evaluates the company again.
tier-criteria-untick = Untick
tier-criteria-tick = Mark as met
tier-assign-title = Put on a tier directly
tier-assign-lead = For onboarding, moving to another program or correcting a mistake. Recorded in the history with your reason; evaluation continues from here.
tier-assign-reason = Reason *
tier-assign-submit = Assign tier

## The tier board (staff)
tier-board-title = Partner tiers
tier-board-lead = How partners spread over the tiers, changes the daily evaluation proposed, and who is in a grace period.
tier-board-rules = Program and rules
tier-board-distribution = Tier distribution
tier-board-chart = Companies per tier: { $counts }
tier-board-per-tier = Companies per tier
tier-board-in-grace = { $count ->
    [one] { $count } company in a grace period.
   *[other] { $count } companies in a grace period.
}
tier-board-to-decide = Changes to decide ({ $count })
tier-board-nothing = Nothing to decide. Evaluation runs every day and when a deal is won.
tier-board-companies = Companies by tier
tier-board-empty-title = No companies
tier-board-empty-text = No company is on this tier.

## The program console (vendor admins)
tier-admin-title = Program and tiers
tier-admin-lead = Tiers, what each asks for and gives, from which date. A change applies from its date; evaluation and incentives always use the rules in force at the time.
tier-admin-new-program = New program
tier-notice-saved = Program saved.
tier-notice-added = Tier added. Give it rules below.
tier-notice-ruled = Rules saved.
tier-program-name = Name *
tier-program-currency = Currency
tier-program-grace = Downgrade grace period (days)
tier-program-points-registered = Points per registration
tier-program-points-won = Points per won deal
tier-program-rates = Exchange rates into the program currency
tier-program-rates-hint = One per line, e.g. EUR = 1.08. Won deals in other currencies are not counted.
tier-program-points = Points and leaderboard
tier-program-public = Partners see other companies on the leaderboard (otherwise only their own rank)
tier-program-default = New companies join this program
tier-program-save = Save program
tier-program-create = Create program
tier-program-default-badge = Default
tier-program-companies = { $count ->
    [one] { $count } company
   *[other] { $count } companies
}
tier-add-title = Add a tier to { $program }
tier-add-name = Tier name *
tier-add-rank = Rank (0 = entry tier)
tier-add-submit = Add tier
tier-rules-title = { $tier } (rank { $rank })
tier-rules-none = No rules yet: the tier is not used until it has a version in force.
tier-rules-label = { $tier } rule versions
tier-rules-in-force = In force
tier-rules-new = New version of the { $tier } rules
tier-rule-from = Applies from *
tier-rule-revenue = Won revenue, last 12 months
tier-rule-certified-hint = Counted once training exists
tier-rule-criteria = Criteria a manager confirms
tier-rule-criteria-hint = One per line
tier-rule-discount = Resale discount %
tier-rule-margin = Deal registration margin %
tier-rule-rebate = Rebate %
tier-rule-commission = Commission %
tier-rule-mdf = Eligible for market development funds
tier-rule-save = Save version

## Rebates and points (partners)
tier-earnings-title = Rebates and points
tier-earnings-lead = What your won deals earned under your tier's rates, what is paid, and where your company ranks.
tier-earnings-empty-title = Nothing earned yet
tier-earnings-empty-text = Won deals earn a rebate (and, where your tier has one, a commission) at your tier's rates on the day they are won.
tier-totals-due = Due (earned and approved)
tier-totals-approved = Approved for payment
tier-entries-label = Rebates and commissions
tier-entries-title = Entries
tier-entries-all = All entries
tier-entries-empty = No entries here.
tier-entry-payout = Payout #{ $id }
tier-leaderboard-title = Leaderboard { $year }
tier-leaderboard-own = { $points ->
    [one] Your company ranks { $rank } of { $of } with { $points } point this year.
   *[other] Your company ranks { $rank } of { $of } with { $points } points this year.
}
tier-leaderboard-label = Leaderboard
tier-leaderboard-private = Other companies' points are private in this program. Registering deals and winning them earns points.

## Payouts (vendor admins)
tier-payouts-title = Payouts
tier-payouts-heading = Rebates and commissions: payouts
tier-payouts-lead = Approve what partners earned into a payout run, export it for finance, then mark it paid with the payment reference.
tier-notice-created = Payout run created: its entries are approved.
tier-notice-paid = Marked paid. Each partner's admins were notified.
tier-notice-released = Entry taken out of the run; it is earned again.
tier-notice-clawed = Entry clawed back.
tier-payouts-all-companies = All companies
tier-payouts-earned = Earned, not yet in a run
tier-payouts-earned-none = Nothing earned is waiting.
tier-payouts-new = New payout run
tier-payouts-until = Earned up to and including
tier-payouts-until-hint = Empty: everything earned so far
tier-payouts-note = Note
tier-payouts-create = Approve into a payout run
tier-runs-title = Payout runs
tier-runs-empty = No runs yet.
tier-runs-download = Download
tier-run-title = Payout run #{ $id }
tier-run-export = Export CSV for finance
tier-run-unpaid = Approved, not paid
tier-run-entries = { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}
tier-run-paid = paid { $date } · reference { $reference }
tier-run-reference = Payment reference *
tier-run-reference-hint = As on the bank transfer or finance batch
tier-run-pay = Mark paid
tier-entry-release = Take out of run
tier-entry-claw = Claw back

## The payout CSV's column headers
tier-csv-payout = payout
tier-csv-entry = entry
tier-csv-company-id = company_id
tier-csv-company = company
tier-csv-deal-id = deal_id
tier-csv-customer = customer
tier-csv-kind = kind
tier-csv-status = status
tier-csv-currency = currency
tier-csv-deal-value = deal_value
tier-csv-rate-percent = rate_percent
tier-csv-amount = amount
tier-csv-earned-on = earned_on
tier-csv-reference = reference

## What evaluation writes into the history
tier-joined-note = Joined the { $program } at { $tier }.
tier-reason-up = Meets { $tier }: { $progress }.
tier-reason-down = Grace period over; still below { $tier }: { $progress }.
tier-grace-note = Below the { $tier } requirements: { $progress }. The tier is kept until { $until }.
tier-grace-cleared-note = Meets the { $tier } requirements again.
tier-withdrawn-figures = The figures no longer support this change.
tier-withdrawn-back = Back at the tier's requirements.
tier-withdrawn-below = Below the current tier now.
tier-withdrawn-newer = Replaced by a newer evaluation.
tier-withdrawn-assigned = Replaced by a direct assignment.

## Notifications
tier-proposed-up-title = { $company } qualifies for { $from } -> { $to }
tier-proposed-down-title = { $company } falls to { $from } -> { $to }
tier-grace-title = Keep your { $tier } tier
tier-now-title = Your tier is now { $tier }
tier-now-up = Congratulations: you moved from { $from } to { $to }.
tier-now-up-note = Congratulations: you moved from { $from } to { $to }. { $note }
tier-now-down = Your tier moved from { $from } to { $to }.
tier-now-down-note = Your tier moved from { $from } to { $to }. { $note }
tier-kept-title = You keep your { $tier } tier
tier-kept-body = The proposed move to { $to } was not made: { $note }
tier-paid-title = { $amount } rebates and commissions paid
tier-paid-body = Payment reference { $reference }.

## Errors
tier-error-percent = Enter a percentage between 0 and 100, e.g. 2.5.
tier-error-rate = Enter a rate like 1.08 (program currency per unit).
tier-error-rate-line = Line { $line }: Enter a rate like 1.08 (program currency per unit).
tier-error-rates-line = Line { $line }: write CURRENCY = rate, e.g. EUR = 1.08, for a currency other than the program's.
tier-error-days = Enter a number of days from 0 to { $max }.
tier-error-points = Enter points from 0 to { $max }.
tier-error-rank = Enter a rank from 0 to { $max }.
tier-error-count = Enter a count from 0 to { $max }.
tier-error-currency = Choose one of the listed currencies.
tier-error-program-taken = Another program has this name.
tier-error-tier-taken = { $tier } already has this rank or name.
tier-error-from = Enter the date the rules apply from (YYYY-MM-DD).
tier-error-from-used = Incentives were already computed with the rules from this date; add a version from a later date.
tier-error-criteria = Up to 10 criteria, one per line, 120 characters each.
tier-error-content = Choose a content level.
tier-error-up-to = Up to { $max } characters.
tier-error-reject-note = Say in a few words why (the partner's managers see it).
tier-error-assign-note = Say in a few words why (3 to 500 characters).
tier-error-already-approved = This change was already approved. Reload to see the company's tier.
tier-error-already-rejected = This change was already rejected. Reload to see the company's tier.
tier-error-already-withdrawn = This change was already withdrawn. Reload to see the company's tier.
tier-error-tier-moved = The company's tier changed since this was proposed. Reload the page.
tier-error-criterion = That criterion is not part of the tier's rules in force.
tier-error-decision = Approve or reject?
tier-error-company = Choose a company or all companies.
tier-error-until = Enter a date (YYYY-MM-DD) or leave it empty for everything earned so far.
tier-error-nothing-earned = Nothing earned matches: no payout run was created.
tier-error-reference = Enter the payment reference finance used (2 to 100 characters).
tier-error-run-paid = This payout run is already paid.
tier-error-release = Only an approved entry of an unpaid run can be taken out. Reload the page.
tier-error-claw-reason = Say why (3 to 500 characters); the partner sees it.
tier-error-clawed = This entry was already clawed back.
tier-error-run-id = Which payout run? Give its id.
