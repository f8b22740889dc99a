"""The report's round numbers instead of computed ones, and the input matrix's share instead of W_h's."""
TARGETS = ["claim_hidden"]
HINT = (
    "Compute the Part B numbers with your functions rather than taking the report's round figures, and for the "
    "share take the recurrent matrix W_h (units x units), not the input matrix."
)

RNN_100_ON_8 = 10_000
RECURRENT_SHARE = 800 / 10_900
