from enum import StrEnum


class Unit(StrEnum):
    AIRCRAFT = "aircraft"
    ARMOURED_VEHICLES = "armoured-vehicles"
    AUD = "AUD"
    BATTALIONS = "battalions"
    BATTERIES = "batteries"
    CAD = "CAD"
    CHF = "CHF"
    COURSES = "courses"
    CZK = "CZK"
    DKK = "DKK"
    EUR = "EUR"
    GBP = "GBP"
    HUF = "HUF"
    JPY = "JPY"
    NOK = "NOK"
    PLN = "PLN"
    ROUNDS = "rounds"
    SEK = "SEK"
    SORTIES = "sorties"
    TANKS = "tanks"
    TRAINEES = "trainees"
    TRY = "TRY"
    USD = "USD"
    VEHICLES = "vehicles"
    WEAPONS = "weapons"

    def __str__(self) -> str:
        return str(self.value)
