# Errors: what went wrong and what to do, in one or two short sentences.

error-unauthenticated = Please sign in to continue.
error-forbidden = You do not have access to this.
error-not-found = Not found.
error-internal = Something went wrong on our side. Reference: { $reference }
error-request = The request was not understood.
error-request-detail = The request was not understood: { $detail }
error-method = This method is not supported here.
error-language = Choose one of the offered languages.

## The error page
error-panel-not-found = Not found
error-panel-not-found-text = This page or record does not exist, or you do not have access to it.
error-panel-no-access = No access
error-panel-no-access-text = Your role does not include this page.
error-panel-sign-in = Please sign in
error-panel-sign-in-text = Your session has ended.
error-panel-failed = Something went wrong

## Field rules
error-email-empty = Enter an e-mail address.
error-email-long = That e-mail address is too long.
error-email-shape = Enter an e-mail address like name@company.com.
error-name-empty = Enter a name.
error-text-long = Use at most { $max } characters.
error-text-characters = This contains characters that are not allowed.
error-password-short = Use at least { $min } characters.
error-password-long = Use at most { $max } characters.
error-website-long = That website address is too long.
error-website-shape = Enter a website like example.com.
error-country = Choose a country.
error-region = Choose a region.
error-money-empty = Enter the estimated value.
error-money-shape = Enter a number like 25000 or 25,000.50.
error-money-large = That value is too large to be a single deal.
error-money-positive = The value must be more than zero.
error-password-common = That password is too common. Choose one that is harder to guess.
error-password-email = Do not use your e-mail address as the password.

## Status changes (the row's name and statuses are other messages)
workflow-not-allowed = This { $noun } is “{ $from }” and cannot become “{ $to }” now. Reload to see its current state.
workflow-stale = Someone changed this { $noun } a moment ago. Reload to see the current version.
error-time-zone = Choose one of the offered time zones.

## Uploaded files (each message starts with the file's name)
error-upload-empty = { $name }: The file is empty.
error-upload-large = { $name }: The file is larger than { $mb } MB.
error-upload-type = { $name }: Only PDF, PNG, JPEG, CSV and XLSX files are accepted.
error-upload-content = { $name }: The file's content is not a { $kind } file, whatever its name says.
error-upload-csv-utf8 = { $name }: The CSV is not UTF-8 text. Save it as "CSV UTF-8".
error-upload-csv-binary = { $name }: The CSV holds binary data; it is not a text file.
error-upload-csv-markup = { $name }: The file is a web page or an image, not a CSV.
error-upload-xlsx = { $name }: The file's content is not an XLSX workbook.
error-upload-zip64 = { $name }: Zip64 archives are not accepted.
error-upload-xlsx-parts = { $name }: The workbook has too many parts.
error-upload-zip-bomb = { $name }: The workbook expands far beyond its size (a zip bomb?); it was refused.
error-upload-xlsx-large = { $name }: The workbook expands to more than { $mb } MB; it was refused.

## CSV imports ($rows names what a line is, in the plural: "allocations")
error-import-unreadable-line = Line { $line }: the file could not be read ({ $detail }).
error-import-unreadable = The file could not be read ({ $detail }).
error-import-open-quote = Line { $line }: a quoted field is not closed (a quote mark inside a field is written twice: "").
error-import-empty = The file is empty. The first line names the columns: { $columns }.
# $required: the required columns but the last, comma-separated; $required_last: the last one (the same for the optional ones).
error-import-columns = The first line must name the columns { $required_count ->
        [one] { $required_last }
       *[other] { $required } and { $required_last }
    }{ $optional_count ->
        [0] {""}
        [one] {" "}({ $optional_last } is optional)
       *[other] {" "}({ $optional } and { $optional_last } are optional)
    }.
error-import-no-rows = The file has a header but no { $rows }.
error-import-too-many = At most { $max } { $rows } per upload; this file has more.
error-import-choose = Choose a CSV file or paste its lines.
error-import-csv-empty = The CSV is empty.
error-import-not-text = The file is not a text CSV (it holds a NUL byte). Export it again as CSV.
error-import-applied = This upload was already applied.

## The product catalogue
error-sku-shape = A SKU has 1 to 40 letters, digits, - or _.
error-sku-taken = Another product already has this SKU.

error-upload-interrupted = The upload was interrupted or too large.
error-upload-too-large = The file is larger than { $mb } MB.
