## Recruitment: "become a partner", the e-mail confirmation, the vetting queue

apply-title = Become a partner
apply-lead = Tell us about your company. A channel manager reviews every application, usually within two business days.
apply-choose = Choose…
apply-section-company = Your company
apply-section-specialisations = Specialisations
apply-section-contact = Main contact
apply-field-legal-name = Company legal name
apply-field-website = Website
apply-field-website-hint = For example www.example.com
apply-field-country = Country
apply-field-type = Partner type
apply-field-revenue = Expected annual revenue with our products
apply-field-tax-id = VAT or tax ID
apply-field-tax-id-hint = Optional; letters, digits, spaces, dots, slashes and dashes.
apply-field-contact-name = Full name
apply-field-contact-email = Work e-mail
apply-field-contact-email-hint = We send a link to confirm it; the application reaches us once you open it.
apply-field-contact-phone = Phone
apply-field-message = Anything else we should know?
apply-field-message-hint = Optional: your customers, your team, why you want to partner.
apply-trap = Leave this field empty
apply-privacy = We use these details only to review your application and contact you about it.
apply-submit = Send application
apply-sent = Thank you. If the details were complete, we have sent a confirmation link to the e-mail address you gave.
apply-sent-more = Open the link within 72 hours to send your application to our channel team. Nothing arrived? Check your spam folder, or apply again.
apply-have-account = Already a partner?
apply-confirm-title = Confirm your e-mail
apply-confirm-lead = Confirm your e-mail address to send your application to our channel team.
apply-confirm-submit = Confirm and send my application
apply-confirmed = Your e-mail is confirmed and your application is with our channel team.
apply-confirmed-more = We will write to you when it has been reviewed, usually within two business days.

app-revenue-under-1m = Under 1 million
app-revenue-1m-10m = 1 to 10 million
app-revenue-10m-50m = 10 to 50 million
app-revenue-over-50m = Over 50 million
app-spec-cloud = Cloud
app-spec-security = Security
app-spec-networking = Networking
app-spec-data = Data and analytics
app-spec-collaboration = Collaboration
app-spec-devices = Devices

app-status-unconfirmed = E-mail not confirmed
app-status-pending = Waiting for review
app-status-approved = Approved
app-status-declined = Declined

app-error-partner-type = Choose the kind of partner you are.
app-error-specialisation = Choose specialisations from the list.
app-error-revenue-band = Choose a revenue band.
app-error-tax-id = Use letters, digits, spaces, dots, slashes and dashes (60 at most).
app-error-phone = Use digits, spaces and + - ( ) . only (60 at most).
app-error-message = Keep the message to { $max } characters.
app-error-too-many = Too many applications from your network. Try again in { $minutes ->
    [one] a minute
   *[other] { $minutes } minutes
    }.
app-error-link = This link is not valid any more: it was used already or it expired. Apply again to get a new one.
app-error-reason = Give the applicant a reason (3 characters at least).
app-error-reason-long = Keep the reason to { $max } characters.
app-error-manager = Choose the channel manager who looks after the new partner.
app-error-decided = This application was decided already; reload the page to see the decision.
app-error-contact-taken = The contact's e-mail address already has an account. Decline the application, or ask the person to use another address.

app-mail-confirm-subject = Confirm your partner application
app-mail-confirm-body = Hello { $name },

    Thank you for applying to our partner program on behalf of { $company }.

    Confirm your e-mail address to send the application to our channel team (the link works once and expires in { $hours } hours):
    { $link }

    If you did not apply, you can ignore this e-mail: nothing is sent without the confirmation.
app-mail-declined-subject = Your partner application
app-mail-declined-body = Hello { $name },

    Thank you for your interest in our partner program. We have reviewed the application of { $company } and cannot accept it at this time.

    The reason our channel team gave:
    { $reason }

    You are welcome to apply again when things change.
app-notify-title = New partner application: { $company }
app-notify-body = { $company } applied to the partner program and confirmed its e-mail. It waits in the vetting queue.

apps-title = Partner applications
apps-lead = Companies that applied on the "become a partner" page and confirmed their e-mail. Nothing is approved without a person's decision.
apps-tabs-label = Applications by status
apps-empty-title = Nothing here
apps-empty-text = No applications in this list.
apps-col-company = Company
apps-col-type = Type
apps-col-revenue = Expected revenue
apps-col-contact = Contact
apps-col-waiting = Waiting since
apps-col-decided = Decided
apps-link = Applications
app-page-title = Partner application
app-doc-title = Application: { $company }
app-section-company = Company
app-fact-applied = Applied
app-fact-confirmed = E-mail confirmed
app-section-duplicates = Possible duplicates
app-no-duplicates = No partner, person or other application looks like this one.
app-dup-same-domain = Same website domain
app-dup-similar-name = Similar company name
app-dup-known-person = Contact has an account
app-dup-other-application = Other application
app-approve-title = Approve
app-approve-lead = Creates the partner company in the program's entry tier, assigns its channel manager and invites the contact as its partner admin.
app-field-company-name = Company name in the portal
app-field-region = Region
app-field-manager = Channel manager
app-approve-submit = Approve and invite
app-decline-title = Decline
app-field-reason = Reason
app-field-reason-hint = E-mailed to the applicant as written.
app-decline-submit = Decline and e-mail the reason
app-notice-declined = The application was declined and the reason e-mailed.
app-decision-title = Decision
app-fact-decision = Decision
app-fact-decided = Decided
app-fact-company = Partner company
app-open-company = Open the company
login-apply = New here?
login-apply-link = Become a partner

## Program terms

terms-blocked = Your company has not accepted the partner program terms (version { $version }) yet. A partner admin of your company accepts them from the home page; until then only the home page is open.
terms-card-title = Program terms, version { $version }
terms-card-admin = Please review and accept "{ $title }" for your company. Until you do, your team can use only this page.
terms-card-user = Your company's partner admin has to accept "{ $title }" before your team can use the rest of the portal.
terms-card-review = Review and accept
terms-card-read = Read the terms
terms-page-title = Program terms
terms-eyebrow = Program terms · version { $version }
terms-published = Published { $date }
terms-none-title = No program terms yet
terms-none-text = The vendor has not published program terms.
terms-accept-lead = By accepting, you agree to these terms for your whole company. Your name, the time and your network address are recorded.
terms-accept-submit = Accept version { $version } for my company
terms-accepted-by = Accepted for your company by { $name } on { $date }.
terms-accepted-notice = Thank you: the terms are accepted and the whole portal is open to your team.
terms-ask-admin = Only a partner admin of your company can accept the terms.
terms-error-newer = A newer version ({ $version }) was published while this page was open. Read it and accept that one.
terms-admin-title = Program terms
terms-admin-lead = Every partner company accepts the current version through one of its partner admins before it uses the portal beyond its home page. A new version asks every company again.
terms-admin-link = Program terms
terms-versions-title = Versions
terms-col-version = Version
terms-col-published = Published
terms-col-accepted = Companies accepted
terms-acceptances-title = Acceptances of version { $version }
terms-acceptances-none = No company has accepted this version yet.
terms-col-company = Company
terms-col-by = Accepted by
terms-col-at = When (your time zone)
terms-col-ip = Address
terms-publish-title = Publish a new version
terms-publish-lead = The new version replaces the current one at once: every partner company has to accept it before its people use the portal beyond the home page.
terms-field-title = Title
terms-field-body = Terms (Markdown)
terms-field-body-hint = Headings (#), lists, bold, links and tables. HTML is removed.
terms-publish-submit = Publish
terms-published-notice = The new version is published; every partner company is asked to accept it.
terms-error-title = Give the terms a title of 3 to { $max } characters.
terms-error-body-short = Write the terms (20 characters at least).
terms-error-body-long = Keep the terms to { $max } characters.

## A new partner's first steps, and the ramp time

checklist-title = Getting started
checklist-progress = { $done } of { $total } steps done
checklist-terms = Accept the program terms
checklist-colleagues = Invite your colleagues
checklist-first-deal = Register your first deal
checklist-done = (done)
ramp-title = Ramp time
ramp-lead = Days from approval to the partner's first registered deal, median per month of approval.
ramp-col-month = Approved in
ramp-col-approved = Approved
ramp-col-registered = Registered a deal
ramp-col-median = Median time to first deal
ramp-days = { $days ->
    [one] 1 day
   *[other] { $days } days
    }
ramp-none = No partner was approved in the last 12 months.
apps-col-terms = Terms
apps-col-people = People
apps-col-first-deal = First deal after
apps-terms-accepted = Accepted
apps-terms-waiting = Not yet
