# The first screen: the partner's money and what needs them, or the
# program vendor staff run.
# Glossary of domain terms: locales/GLOSSARY.md.

## Page
home-title = Home
home-welcome = Welcome aboard. Your account is ready.
home-hello = Hello, { $name }

## Partner: figures
home-won-this-year = Won this year
home-won-last-year = { $amounts } by this day last year
home-won-last-year-none = Nothing won by this day last year
home-open-pipeline = Open pipeline
home-open-registrations = { $count ->
        [one] { $count } open registration
       *[other] { $count } open registrations
    }
home-mdf-available = MDF available to request
home-mdf-sub = { $committed } committed · { $claimed } claimed · { $period }
home-mdf-none = No funds allocated this period
home-incentives-due = Rebates and commissions due
home-paid = { $amounts } paid
home-paid-none = Nothing paid yet
home-rank = rank { $rank } of { $total }

## Partner: needs your attention
home-attention = Needs your attention
home-attention-sub = { $returned } with questions · { $pending } pending approval · { $expiring } expiring in 30 days
home-attention-none = Nothing waits for you: no questions from the vendor, no exclusivity ending within 30 days, nothing pending.
home-attention-returned = Questions from the vendor: answer and resubmit
home-attention-expiring = { $days ->
        [one] Exclusivity ends { $date } ({ $days } day)
       *[other] Exclusivity ends { $date } ({ $days } days)
    }
home-attention-pending = Pending approval
home-attention-more = The { $count } most urgent of each are listed.
home-attention-all-returned = All { $count } with questions
home-attention-all-pending = All { $count } pending approval
home-attention-all-expiring = All { $count } expiring in 30 days

## Partner: pipeline, tier, activities, notifications
home-pipeline = Pipeline by stage
home-pipeline-none = No open registrations.
home-register-deal = Register a deal
home-col-stage = Stage
home-col-deals = Deals
home-col-value = Value
home-tier = Your tier
home-tier-none = Your company joins the partner program at its first evaluation (daily, and when a deal is won).
home-activities = Marketing activities
home-activities-none = Request funds for an event, webinar or campaign in a few minutes; after it, claim them back with your invoices and lead lists.
home-activities-all = All requests and claims
home-notifications = Recent notifications
home-notifications-none = Nothing yet.
home-notifications-all = All notifications

## Partner: company, team, channel manager, training
home-company = Your company
home-company-type = Partner type
home-company-region = Region
home-company-status = Status
home-company-website = Website
home-team = Your team
home-team-active = active
home-team-invited = invited
home-team-manage = Manage your team
home-team-see = See your team
home-manager = Your channel manager
home-manager-none = No channel manager is assigned yet. The vendor team will assign one.
home-training = Training
home-training-text = Courses and certifications are not part of the portal yet, so there is no training due to show and certified people are not counted towards tiers.

## Vendor staff
home-vendor-waiting = Registrations waiting
home-vendor-overdue = Past the approval SLA
home-vendor-mdf-requests = MDF requests waiting
home-vendor-mdf-review = MDF claims to review
home-vendor-mdf-pay = MDF claims to pay
home-vendor-tier-changes = Tier changes to decide
home-vendor-companies-active = Active partner companies
home-vendor-companies-suspended = Suspended companies
home-vendor-people-active = Active partner people
home-vendor-invitations = Invitations pending
home-vendor-run = Run the program
home-vendor-run-text = Add partner companies, invite their administrators, assign channel managers and manage vendor staff.
home-vendor-partners = Your partners
home-vendor-partners-text = These figures cover the partner companies assigned to you.
home-vendor-open-companies = Open partner companies
home-vendor-manage-staff = Manage staff
