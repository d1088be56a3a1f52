## The portal pulse (two questions a quarter on the partner's first screen)

pulse-title = A quick question
pulse-question = How likely are you to recommend this partner portal to a colleague?
pulse-scale-low = 0: not at all likely
pulse-scale-high = 10: extremely likely
pulse-comment = What is the one thing we should change? (optional)
pulse-comment-hint = Read by the vendor's channel team. Asked at most once a quarter.
pulse-send = Send
pulse-not-now = Not now
pulse-thanks = Thank you: your answer reached the vendor's channel team.
pulse-error-score = Choose a score from 0 to 10.
pulse-error-comment-long = Keep the comment to { $max } characters.
pulse-error-already = You already answered this quarter; the next question comes next quarter.
