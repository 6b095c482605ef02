"""What the coaching app tells the apps above it (reminders sends the e-mails), without
naming them: the apps that listen import coaching, never the other way round."""

from django.dispatch import Signal

# A message was added to a thread: sender=Comment, comment=the new row. The recipient is the
# other side (the coach for an answer of the person, the person for a coach's message).
comment_posted = Signal()
# A coach proposed an action: sender=Proposal, proposal=the new row (the recipient: its user).
proposal_made = Signal()
