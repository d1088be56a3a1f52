# The vendor dashboard: filters, figures, charts and their CSV exports.
# Glossary of domain terms: locales/GLOSSARY.md.

## Page
dash-title = Channel dashboard
dash-subtitle = { $count ->
        [one] { $count } partner company
       *[other] { $count } partner companies
    } · { $from } to { $to } · amounts in { $currency } · as of { $as_of }
dash-refresh = Refresh figures
dash-refresh-hint = The figures are kept for a minute once computed; this computes them now.
dash-registration-time-link = Registration time by partner
dash-export-csv = Export CSV

## Periods
dash-period-quarter = This quarter
dash-period-last-quarter = Last quarter
dash-period-ytd = Year to date
dash-period-12m = Last 12 months
dash-period-custom = Custom dates

## Filters
dash-filters = Filters
dash-filter-period = Period
dash-filter-from = First day
dash-filter-to = Last day
dash-filter-region = Region
dash-filter-all-regions = All regions
dash-filter-tier = Tier
dash-filter-all-tiers = All tiers
dash-filter-manager = Channel manager
dash-filter-all-managers = All managers
dash-filter-currency = Currency
dash-filter-apply = Apply filters
dash-filter-reset = Reset
dash-filter-error = { $error } Showing this quarter instead.
dash-filter-hint = The dates apply when the period is “{ dash-period-custom }”.
dash-error-first-day = Enter the first day as YYYY-MM-DD.
dash-error-last-day = Enter the last day as YYYY-MM-DD.
dash-error-range-reversed = The last day comes before the first day.
dash-error-range-long = Choose at most three years.

## Headline figures
dash-stat-won-revenue = Won revenue
dash-change-vs-previous = { $days ->
        [one] { $change } vs. the previous day
       *[other] { $change } vs. the previous { $days } days
    }
dash-change-none = Nothing won in the previous period
dash-stat-submitted = Registrations submitted
dash-stat-rates = { $approved } approved · { $won } won
dash-stat-registration-median = Median registration time
dash-stat-p90 = p90 { $duration }
dash-stat-target = target { $duration }
dash-stat-approval-median = Median approval time
dash-stat-approval-sub = p90 { $p90 } · { $share } within the SLA

## Revenue
dash-revenue-title = Channel revenue over time
dash-revenue-lead = Won deals in { $currency } by the day they were won: { $deals ->
        [one] { $deals } deal
       *[other] { $deals } deals
    } from { $companies ->
        [one] { $companies } partner company
       *[other] { $companies } partner companies
    }.
dash-revenue-empty-title = No won deals in this period
dash-revenue-empty-text = Choose a longer period or fewer filters.
dash-revenue-chart = { $bucket ->
        [week] Won revenue per week in { $currency }
       *[month] Won revenue per month in { $currency }
    }
dash-revenue-none = No won revenue in this period.
dash-revenue-other-partners = Other partners ({ $count })
dash-revenue-no-tier = No tier
dash-partners-title = Revenue by partner
dash-partners-chart = Won revenue by partner company in { $currency }
dash-tiers-revenue-title = Revenue by tier
dash-tiers-revenue-chart = Won revenue by the partner's current tier in { $currency }
dash-regions-title = Revenue by region
dash-regions-chart = Won revenue by partner region in { $currency }

## Chart buckets (a week by its first day, a month with its year)
dash-bucket-week = { $month } { $day }
dash-bucket-month = { $month } { $year }
dash-month-1 = Jan
dash-month-2 = Feb
dash-month-3 = Mar
dash-month-4 = Apr
dash-month-5 = May
dash-month-6 = Jun
dash-month-7 = Jul
dash-month-8 = Aug
dash-month-9 = Sep
dash-month-10 = Oct
dash-month-11 = Nov
dash-month-12 = Dec

## Registration funnel
dash-funnel-title = Registration funnel
dash-funnel-lead = Registrations submitted in the period and how far they got.
dash-funnel-chart = Registrations submitted, approved and won
dash-funnel-submitted = Submitted
dash-funnel-approved = Approved
dash-funnel-won = Won
dash-funnel-lost = Lost
dash-funnel-rejected = Rejected
dash-funnel-pending = Waiting for a decision or the partner
dash-funnel-conflict-rate = Conflict rate
dash-funnel-conflict-value = { $count ->
        [one] { $share } ({ $count } registration)
       *[other] { $share } ({ $count } registrations)
    }

## Registration and approval time
dash-timing-title = Registration and approval time
dash-timing-timed = Timed registrations
dash-n-of-total = { $n } of { $total }
dash-timing-registration = Median / p90 registration time
dash-timing-under-90s = Registered in under 90 s
dash-timing-decisions = Decisions by a person
dash-timing-approval = Median / p90 approval time
dash-timing-within-sla = Decided within the SLA
dash-timing-sample = Times are read from the newest { $count } registrations of the period.

## Market development funds
dash-mdf-title = Market development funds
dash-mdf-lead = { $funds ->
        [one] { $funds } fund
       *[other] { $funds } funds
    } in { $currency } whose period starts in the window; { $requests ->
        [one] { $requests } request
       *[other] { $requests } requests
    }.
dash-mdf-chart = MDF allocated, committed, claimed and paid in { $currency }
dash-mdf-allocated = Allocated
dash-mdf-committed = Committed
dash-mdf-claimed = Claimed, not paid
dash-mdf-paid = Paid
dash-mdf-available = Still available
dash-mdf-expired = Expired unused
dash-mdf-claims-approved = Approved claims
dash-mdf-linked-won = Won revenue of linked deals
dash-mdf-roi = Return on approved claims
dash-mdf-roi-value = { $ratio }×

## Tiers
dash-tiers-title = Tiers
dash-tiers-none = No partner program yet.
dash-tiers-chart = Partner companies per tier
dash-tiers-upgrades = Upgrades to decide
dash-tiers-downgrades = Downgrades to decide
dash-tiers-grace = In a grace period

## Partner activity
dash-activity-title = Partner activity
dash-activity-users = Partner users signed in within 30 days
dash-activity-companies = Companies with a sign-in within 30 days
dash-activity-registering = Companies that registered a deal in the period

## Leaderboard
dash-leaderboard-title = Leaderboard
dash-leaderboard-none = No points earned in this period.
dash-leaderboard-caption = Companies by points earned in the period

## Column heads (tables and CSV files)
dash-col-period = Period
dash-col-partner = Partner
dash-col-tier = Tier
dash-col-region = Region
dash-col-stage = Stage
dash-col-bucket = Bucket
dash-col-rank = Rank
dash-col-points = Points
dash-col-won-deals = Won deals
dash-col-won-revenue-in = Won revenue ({ $currency })

## Charts
dash-chart-name = Name
dash-chart-amount = Amount
dash-chart-count = Count
dash-chart-deals = Deals
dash-chart-show-figures = Show the figures
dash-chart-item = { $label }: { $value }
dash-chart-column-tip = { $count ->
        [one] { $label }: { $value } ({ $count } deal)
       *[other] { $label }: { $value } ({ $count } deals)
    }
dash-compact-thousands = { $n }k
dash-compact-millions = { $n }M
dash-compact-billions = { $n }B

## CSV exports
dash-export-which-table = Which table? One of: { $tables }.
dash-csv-period = Period { $from } to { $to }, currency { $currency }
dash-csv-figure = Figure
dash-csv-value = Value
dash-csv-pending = Awaiting a decision or the partner
dash-csv-conflicts = With a conflict
dash-csv-registrations-read = Registrations read
dash-csv-registration-p90 = p90 registration time
dash-csv-under-90s = Under 90 seconds (%)
dash-csv-approval-p90 = p90 approval time
dash-csv-within-sla = Decided within the SLA (%)
dash-csv-funds = Funds
dash-csv-available = Available
dash-csv-expired = Expired
dash-csv-requests = Requests
dash-csv-companies = Companies
dash-csv-companies-active = Active partner companies
dash-csv-companies-signed-in = Companies signed in within 30 days
dash-csv-users-active = Active partner users
dash-csv-users-signed-in = Users signed in within 30 days
dash-csv-companies-registering = Companies that registered a deal

## Who found the business (partner-sourced and vendor-sourced)

dash-sourcing-title = Who found the business
dash-sourcing-lead = Won revenue in the period and the pipeline open now, by who found the deal: the partner on its own, or the vendor with a lead it handed out.
dash-sourcing-col-source = Found by
dash-sourcing-col-won = Won ({ $currency })
dash-sourcing-col-share = Share
dash-sourcing-col-open = Open pipeline ({ $currency })
dash-sourcing-col-open-deals = Open deals
dash-sourcing-partner = Partner-sourced
dash-sourcing-vendor = Vendor-sourced (leads)
dash-sourcing-deals = { $count ->
        [one] { $count } deal
       *[other] { $count } deals
    }
dash-sourcing-lead-figures = Lead figures: acceptance, conversion and revenue by partner, region and source

## The seed's success measures

dash-measures-title = Success measures
dash-measures-lead = Won revenue per partner user who used the portal in the period, the productive tier (the partners who together bring 80% of the last twelve months' won revenue) and how that tier rates the portal (net promoter score of the in-portal pulse).
dash-measures-per-user = Revenue per active portal user
dash-measures-per-user-sub = { $users ->
        [one] { $users } active partner user
       *[other] { $users } active partner users
    }
dash-measures-productive = Productive tier
dash-measures-productive-value = { $n } of { $of }
dash-measures-productive-sub = partners with won revenue in 12 months; together { $share } of it
dash-measures-productive-names = { $more ->
        [0] The productive tier: { $names }.
       *[other] The productive tier: { $names } and { $more } more.
    }
dash-measures-nps = Productive tier's portal NPS
dash-measures-nps-sub = { $answers ->
        [one] { $answers } answer
       *[other] { $answers } answers
    } · all partners { $all } ({ $all_answers })
dash-measures-nps-before = { $before } in the period before ({ $change })
dash-measures-nps-no-before = No answers the period before
dash-measures-comments = What partners said
dash-measures-comments-none = No comments with the pulse answers in this period.
dash-measures-comment-score = { $score }/10
dash-measures-none = No won revenue or portal use in this period.
dash-measures-tier-caption = Revenue per active portal user by tier
dash-measures-col-users = Active users
dash-measures-col-per-user = Per active user
dash-csv-active-users = Active partner users
dash-csv-active-users-before = Active partner users, period before
dash-csv-per-user-before = Revenue per active portal user, period before
dash-csv-productive-companies = Productive tier: partners
dash-csv-companies-with-revenue = Partners with won revenue in 12 months
dash-csv-productive-share = Productive tier's share of 12 months' won revenue (%)
dash-csv-nps-answers = Productive tier's pulse answers
dash-csv-nps-before = Productive tier's portal NPS, period before
dash-csv-nps-all = Portal NPS, all partners
dash-csv-nps-all-answers = Pulse answers, all partners
