"""The question bank: the Kwaliteitslabel Sociaal Werk norms, the handvat and the rules, as data.

No UI, no database: data files in `data/` and a typed loader that validates them.
"""

from .loader import BankError, load_bank, load_bank_from
from .models import RUBRIEKEN, Norm, Question, QuestionBank

__all__ = ["BankError", "load_bank", "load_bank_from", "RUBRIEKEN", "Norm", "Question", "QuestionBank"]
