"""History text: dates resolved against the story, BCE years, and which mode a text gets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import timeline
from timeline.temporal import detect_mode, tag

WWI = (
    "The war began on 28 July 1914, when Austria-Hungary declared war on Serbia. On 1 August Germany "
    "declared war on Russia. By the end of the month German armies had advanced deep into France. "
    "The Battle of Verdun began on 21 February 1916 and lasted until December. That summer the British "
    "launched their offensive on the Somme. The armistice was signed at 5 a.m. on 11 November 1918."
)
PUNIC = (
    "Hannibal crossed the Alps in 218 BC. In the summer of 216 BC he destroyed a Roman army at Cannae. "
    "Caesar was killed on March 15, 44 B.C. in Rome. In the 2nd century BC Rome expanded into Greece; "
    "during the 1st century AD the empire grew. The pyramids rose in the 27th century BC."
)


def values(text: str, dct: date | None, mode: str) -> dict[str, str]:
    return {t.text: t.value for t in timeline.tag(text, dct, mode)}  # the API: mode "auto" too


@pytest.mark.parametrize(
    ("expression", "value"),
    [
        ("1 August", "1914-08-01"),  # the year the story is in
        ("the end of the month", "1914-08"),  # the month just told of, not the last full date's
        ("December", "1916-12"),  # past tense tells the story; it does not send December back a year
        ("That summer", "1916-SU"),
        ("5 a.m.", "1918-11-11T05:00"),  # a clock time takes the day told right after it
    ],
)
def test_a_story_resolves_against_the_dates_it_tells(expression: str, value: str) -> None:
    assert values(WWI, date(2020, 1, 1), "narrative")[expression] == value


@pytest.mark.parametrize(
    ("expression", "value"),
    [
        ("218 BC", "BC0218"),
        ("the summer of 216 BC", "BC0216-SU"),
        ("March 15, 44 B.C.", "BC0044-03-15"),
        ("the 2nd century BC", "BC01"),
        ("the 1st century AD", "00"),
        ("the 27th century BC", "BC26"),  # centuries BC go further back than the 21st
    ],
)
def test_bce_years_in_dates(expression: str, value: str) -> None:
    assert values(PUNIC, date(2020, 1, 1), "narrative")[expression] == value


@pytest.mark.parametrize(("count", "value"), [("two years", "BC0332"), ("150 years", "BC0480")])
def test_years_counted_back_from_a_bce_year_pass_the_cycle_it_was_moved_by(count: str, value: str) -> None:
    text = f"In 330 BC he burned the palace, in revenge for the sack of Athens {count} earlier."
    assert values(text, date(2020, 1, 1), "narrative")[f"{count} earlier"] == value


def test_a_clause_that_counts_its_year_from_the_story_gives_its_months_that_year() -> None:
    text = (
        "Bolivar issued his manifesto in December 1812, and his campaign the following year carried "
        "him back into Caracas in August."
    )
    assert values(text, date(2024, 2, 8), "narrative")["August"] == "1813-08"


def test_a_year_before_christ_that_opens_the_sentence_gives_its_days_that_year() -> None:
    assert values("In 44 BC, on the Ides of March, Caesar died.", date(2012, 2, 8), "narrative") == {
        "44 BC": "BC0044",
        "the Ides of March": "BC0044-03-15",
    }


def test_a_month_in_news_mode_still_follows_the_tense() -> None:
    text = "The company said it will open the plant in January."
    assert values(text, date(1989, 11, 2), "narrative")["January"] == "1990-01"  # no story date yet
    assert values(text, date(1989, 11, 2), "news")["January"] == "1990-01"


def test_clock_time_before_a_weekday_takes_its_day() -> None:
    text = "Police said the fire broke out at 10 p.m. on Friday."
    assert values(text, date(2011, 12, 8), "news")["10 p.m."] == "2011-12-02T22:00"


def test_a_text_with_no_date_and_told_years_is_a_story() -> None:
    assert detect_mode(WWI, None) == "narrative"
    assert detect_mode("The ministers met on Thursday and again on Friday.", None) == "news"
    news = "Shares fell on Thursday. Analysts said Tuesday that 2011 and 2012 would be hard."
    assert detect_mode(news, None) == "news"  # words that count from the time of writing


def test_a_history_that_closes_with_the_present_is_a_story() -> None:
    text = (
        "The Dravina War was fought from April 1992 until December 1995. A market bombing on 5 February "
        "1994 led to a ceasefire four days later. A government offensive in August 1995 broke the lines, "
        "talks opened in October 1995 and the accord of December 1995 was signed in Lindau. "
        "Legacy: the accord still holds today. His mandate was extended last year, and last month the "
        "census was published; on Friday the parliament met, and this week it adjourned until next year."
    )
    assert detect_mode(text, date(2014, 5, 19)) == "narrative"
    news = (
        "Shares fell today, and last week the index lost 3 percent. The crash of 1987, the slump of 1990 "
        "and the bubble of 2000 were worse, and 2008 worst of all."
    )
    assert detect_mode(news, date(2014, 5, 19)) == "news"


def test_a_plan_told_in_the_past_is_the_storys() -> None:
    shiloh = (
        "The Battle of Shiloh was fought on April 6 and April 7, 1862. Grant took Fort Henry in February. "
        "The Confederates marched on April 3, and the assault was put off until Sunday. Grant's memoirs "
        "appeared in 1885, and the park was created in 1894."
    )
    assert detect_mode(shiloh, date(2014, 3, 3)) == "narrative"
    vienna = (  # "would" tells the story's plan, and the clause after it stays the story's
        "The Ottoman army reached Vienna on 14 July 1683 and dug its trenches against the walls. By the "
        "end of August the defenders were starving. The relief army gathered at Tulln in early September. "
        "Its commanders agreed that the attack would begin at dawn on Sunday, and on Saturday evening the "
        "troops climbed the Kahlenberg. The emperor reached the city in 1683, and the war went on until 1699."
    )
    assert detect_mode(vienna, date(2023, 9, 9)) == "narrative"
    bronx = (  # and so does a future of the past after the weekday, in what was said then
        "The fire was set at about 3:30 a.m. on Sunday, March 25, 1990, and 87 people died. Detectives "
        "found the arsonist that afternoon. The mayor toured the charred club on Sunday and said the city "
        "would not tolerate such places. The worst such fire before it was in San Juan in 1986."
    )
    assert detect_mode(bronx, date(2023, 3, 20)) == "narrative"
    flood = (  # "could" after it is a past ability, no plan
        "Dayton became the symbol of the 1913 flood. In Piqua the river swept through low-lying streets "
        "early Tuesday, March 25, and dozens drowned. Survivors in Hamilton waited on rooftops through "
        "Tuesday night and much of Wednesday before rescuers could cross the current. The state built "
        "levees in 1914 and 1915."
    )
    assert detect_mode(flood, date(2010, 9, 3)) == "narrative"
    ferry = (  # "the last Sunday before Christmas" is no "last Sunday" of the time of writing
        "The ferry Dona Paz sank on the night of Sunday, 20 December 1987, after a collision. She had "
        "been built in 1963. She left Tacloban that morning, due in Manila at 4 a.m. It was the last "
        "Sunday before Christmas, and she was crowded. The inquiry reported in 1988."
    )
    assert detect_mode(ferry, date(2017, 12, 20)) == "narrative"
    wreck = (  # "today called" is what a place is called nowadays
        "The Atlantic struck Marr's Head at 3:15 a.m. on 1 April 1873. In 1873 Meagher's Island, today "
        "called Mars Island, had a single house. Its owner rowed out at dawn."
    )
    assert detect_mode(wreck, date(2023, 3, 30)) == "narrative"


@pytest.mark.parametrize(
    ("text", "dct"),
    [
        (  # years that will have passed since an event tell an anniversary
            "CUSCO - On Saturday, 450 years will have passed since Tupac Amaru was beheaded in the main "
            "square of Cusco. His death on 24 September 1572 ended four decades of resistance.\n\nManco had "
            "been crowned in late 1533. He slipped out of Cusco in mid-April 1536, and his armies laid siege "
            "to the city in early May. After a raid on his refuge in July 1537 he withdrew. Manco was "
            "murdered in 1544, and his son moved to Lima in 1558.",
            date(2022, 9, 21),
        ),
        (  # so do hundreds of years ago, under a dateline
            "LEWES - Walkers who climb the downs next Wednesday will stand where, 761 years ago, Simon de "
            "Montfort's army came over the hill to fight its king.\n\nHenry III had been king since 1216, "
            "but his personal rule began only in January 1227. A bad harvest in 1257 brought famine. At "
            "Oxford in June 1258 the barons forced the Provisions of Oxford on the king. On 14 May 1264 the "
            "armies met, and the king was taken that evening.",
            date(2025, 5, 9),
        ),
        (  # and a lead sentence runs on past a semicolon
            "D-Day at 80\n\nVeterans gathered in Portsmouth on Wednesday for the national ceremony; world "
            "leaders are due on the beaches of Normandy tomorrow, 80 years after the invasion.\n\nThe "
            "invasion was set for Monday, 5 June 1944. Eisenhower postponed it on Sunday, 4 June. That "
            "evening his meteorologist predicted a lull, and at 4.15 a.m. the next day the order was given. "
            "The first troops landed at 6.30 a.m. on 6 June. By nightfall the beaches were held.",
            date(2024, 6, 5),
        ),
        (  # a first sentence counting a century or more back to the day, in a text writing no year
            "When Britain went to war\n\nWhen Queen Victoria's government declared war on Russia 160 "
            "years ago today, few in London imagined that the conflict would last two years.\n\nIn the "
            "first days of "
            "January the fleets entered the Black Sea. On 27 February the Western governments sent an "
            "ultimatum. France declared war on Monday 27 March, and Britain followed the next day.",
            date(2014, 3, 28),
        ),
        (  # years "today since" an event
            "The fall of the Bastille\n\nIt is 235 years today since a Paris crowd stormed the Bastille. "
            "Louis XVI had dismissed Necker on 11 July 1789, and the news reached the city the next day. On "
            "the morning of the 14th the crowds seized muskets at the Invalides. The fortress fell in the "
            "afternoon. The National Assembly abolished feudal privileges on 4 August 1789.",
            date(2024, 7, 14),
        ),
    ],
)
def test_an_anniversary_lead_opens_a_history(text: str, dct: date) -> None:
    assert detect_mode(text, dct) == "narrative"


def test_a_clock_time_before_its_zone_is_no_year_for_the_mode() -> None:
    news = (
        "GONESSE, France -- Investigators combed the charred wreckage of an Air France Concorde Wednesday "
        "for clues to why the supersonic jet caught fire and crashed into a hotel outside Paris Tuesday "
        "afternoon.\n\nIt was the first fatal accident in the 24 years since Concorde entered passenger "
        "service. Only a few kilometers away, Concorde's Soviet rival, the Tu-144, crashed during the Paris "
        "Air Show in June 1973.\n\nFlight 4590 began its takeoff roll at Charles de Gaulle airport at 4:42 "
        "p.m. (1442 GMT) after a delay of about an hour.\n\nThe Anglo-French jet first flew in March 1969 "
        "and entered service in January 1976. Only 20 were built, and the last was completed in 1979."
    )
    assert detect_mode(news, date(2000, 7, 26)) == "news"  # "1442 GMT" is a clock time, no year


def test_a_recent_war_told_by_weekdays_of_its_own_year_is_a_story() -> None:
    text = (
        "The war was fought in August 2008. Tension had been building since the spring of 2008. "
        "On Thursday 7 August the two sides traded fire, and three days later a ceasefire was signed. "
        "The last troops left in October 2009."
    )
    assert detect_mode(text, date(2010, 8, 10)) == "narrative"  # 7 August 2010 was a Saturday
    news = "The ministers met in August 2008 and again in October 2009. On Saturday 7 August they met again."
    assert detect_mode(news, date(2010, 8, 10)) == "news"
    berlin = (  # the day agrees with the year the text opened with, not with the last one told
        "Prussia entered 1848 still shaken by the bad harvests of 1846 and the riots of 1847. In early "
        "March crowds met in the parks to draft petitions. On Saturday, 18 March the king promised a "
        "constitution, but shots were fired and the city rose. On Sunday the king withdrew the troops, "
        "and on Tuesday he rode through the streets in the revolutionary colours."
    )
    assert detect_mode(berlin, date(2023, 3, 18)) == "narrative"  # 18 March 2023 was a Saturday too


def test_a_weekday_of_an_attribution_is_the_reports() -> None:
    profile = (  # "said during an interview Tuesday" attributes a quotation on the report's day
        "BOSTON -- When Rose Keane was born, on Monday, March 4, 1918, the war in Europe had eight months "
        "to run. On Saturday she will turn 100, and her family has hired a hall for the afternoon. "
        '"I never planned any of it," Keane said during an interview Tuesday at the home she has kept '
        "since 1961. Her father, a printer, died in 1929, and she left school in 1932 to work at a bakery. "
        "She married in 1940, was widowed in 1977 and retired in 1983. She travelled to Ireland in 1990 "
        "and again in 2005."
    )
    assert detect_mode(profile, date(2018, 3, 1)) == "news"


def test_a_day_long_past_that_names_an_event_opens_no_story() -> None:
    text = (
        "Osama bin Laden, the al-Qaeda chief behind the September 11, 2001 attacks, has been killed, "
        "Obama announced late Sunday. The raid began at 1 a.m. Monday; on Friday he had approved it, "
        "and on Saturday night he joked at a dinner."
    )
    assert detect_mode(text, date(2011, 5, 2)) == "news"


def test_a_day_long_past_before_a_comma_and_a_verb_opens_a_story() -> None:
    text = (
        "The battle, fought on September 17, 1862, remains the bloodiest day of the war. By the summer "
        "of 1862 Lincoln had drafted the proclamation. The armies met at dawn on Wednesday, and on "
        "Monday morning the garrison had surrendered. He issued it on January 1, 1863."
    )
    assert detect_mode(text, date(2025, 1, 14)) == "narrative"  # "remains" is no "attacks" after a name


def test_a_word_of_the_present_in_the_lead_makes_news_unless_it_tells_an_anniversary() -> None:
    obituary = (
        "Tom Reed Dies at 80\n\nTom Reed, a pianist who played from the bands of the late 1930s to the "
        "clubs of the 1950s, died on Tuesday in Manhattan. Born in 1921, he joined Ellington in 1942, "
        "toured Europe in 1948 and 1951, recorded in 1955 and 1962, and taught from 1970 to 1990."
    )
    assert detect_mode(obituary, date(2002, 1, 17)) == "news"
    anniversary = (
        "Today marks sixty years since Elizabeth II came to the throne. She was born in 1926, married in "
        "1947, acceded in 1952, was crowned in 1953 and toured the Commonwealth in 1953 and 1954."
    )
    assert detect_mode(anniversary, date(2012, 2, 6)) == "narrative"
    # nor when the lead tells a day long past before it: a life's span, then nowadays
    life = (
        "Wolfgang Amadeus Mozart (27 January 1756 - 5 December 1791) was a composer whose operas remain "
        "at the heart of the repertoire today.\n\nMozart was born in Salzburg and baptised the "
        "following day. In October 1762 the children played before the Empress, a longer tour began "
        "on 9 June 1763, and between 1769 and 1773 father and son made three journeys to Italy."
    )
    assert detect_mode(life, date(2012, 3, 14)) == "narrative"


def test_the_api_guesses_the_mode_by_default() -> None:
    (december,) = [t for t in timeline.tag(WWI) if t.text == "December"]
    assert december.value == "1916-12" and december.anchored


@pytest.mark.parametrize("fixture", ["ancient.txt", "days.txt", "war.txt", "biography.txt"])
def test_history_passages_are_stories_with_or_without_a_dct(fixture: str) -> None:
    text = (Path(__file__).parent / "fixtures" / fixture).read_text(encoding="utf-8")
    assert detect_mode(text, None) == detect_mode(text, date(2020, 1, 1)) == "narrative"


def test_a_weekday_in_a_full_date_is_no_word_of_the_time_of_writing() -> None:
    text = "On Sunday, 7 December 1941, Japan attacked. In 1942 and 1943 the war went on."
    assert detect_mode(text, date(2020, 1, 1)) == "narrative"
    assert (
        detect_mode("On Sunday Japan attacked. In 1942 and 1943 the war went on.", date(2020, 1, 1)) == "news"
    )


def test_a_story_told_day_by_day_keeps_its_weekdays_and_its_present() -> None:
    fire = (Path(__file__).parent / "fixtures" / "fire.txt").read_text(encoding="utf-8")
    assert detect_mode(fire, date(2024, 5, 1)) == "narrative"  # "On Monday" after "Sunday, 2 September 1666"
    korea = (Path(__file__).parent / "fixtures" / "korea.txt").read_text(encoding="utf-8")
    ending = korea + " The two Koreas remain technically at war today."
    assert detect_mode(ending, date(2024, 5, 1)) == "narrative"  # the present of its last lines
    news = "Officials said on Monday that the bridge, built in 1889 and rebuilt in 1931 and 1972, will close."
    assert detect_mode(news, date(2024, 5, 1)) == "news"


def test_weekdays_the_story_points_back_to_or_tells_in_the_past_are_no_words_of_the_present() -> None:
    falklands = (
        "It began thirty years ago today. Argentina had claimed the islands since 1833. In March 1982 "
        "workers raised a flag, and on 2 April marines landed. That Saturday, in its first Saturday "
        "sitting since the Suez crisis of 1956, the House heard the news. Elections came in 1983."
    )
    assert detect_mode(falklands, date(2012, 4, 2)) == "narrative"
    shuttle = (
        "On Tuesday, January 28, 1986, the shuttle broke apart. A teacher chosen in July 1985 was aboard. "
        "The launch, first planned for January 22, was put off because of the weather. On Monday it was "
        "scrubbed when a handle could not be removed. A report came in June; the next flight came in 1988."
    )
    assert detect_mode(shuttle, date(2013, 1, 28)) == "narrative"  # "could not": no plan for Monday
    nightclub = (  # a weekday counted in a month is part of its date
        "Boston was in a festive mood on the last Saturday in November 1942. Thursday had been "
        "Thanksgiving. By evening the club was full, and the fire broke out at about 10:15."
    )
    assert detect_mode(nightclub, date(2015, 11, 21)) == "narrative"
    colliery = (  # a day long past told in full before "was", a verb, not a name's plural noun
        "The explosion at the colliery on 14 October 1913 was only the beginning. By Wednesday night it "
        "was clear that few were alive, and memorial services filled the chapels on Sunday."
    )
    assert detect_mode(colliery, date(2003, 10, 14)) == "narrative"
    strike = (  # a modal ending the sentence before is no plan for the weekday after it
        "At 5:45 p.m. on Tuesday, September 9, 1919, the patrolmen walked out. Volunteers did what they "
        "could.\n\nOn Wednesday, the mayor called out the Guard. On Thursday the governor took command."
    )
    assert detect_mode(strike, date(2024, 9, 10)) == "narrative"
    riot = (  # nor one in the sentence after it
        "A vice officer failed to get into a club a little after 10 p.m. on Saturday, July 22, 1967. He "
        "tried again at 3:45 a.m. Sunday, and got in. The squad expected to find two dozen drinkers. "
        "Nobody had been killed. That changed early Monday, when a store owner shot a looter."
    )
    assert detect_mode(riot, date(2017, 7, 21)) == "narrative"
    camille = (  # nor a future told in the past after it
        "For the towns along the coast, Sunday, August 17, 1969 began quietly. Many had followed a storm "
        "that, according to the forecasts issued on Friday, seemed likely to strike Florida. Others "
        "recalled the great storm of 1947. The eye came ashore near midnight."
    )
    assert detect_mode(camille, date(2009, 8, 17)) == "narrative"


def test_a_section_goes_back_to_the_year_the_lead_ended_in() -> None:
    text = (
        "Trafalgar campaign\n\nThe campaign was the long naval chase of 1805 that ended off Cape "
        "Trafalgar on 21 October.\n\nThe chase\nVilleneuve slipped out of Toulon on 30 March and "
        "reached Martinique on 14 May.\n\nAftermath\nNelson's body reached London in December."
    )
    found = values(text, date(2010, 10, 22), "narrative")
    assert (found["30 March"], found["14 May"], found["December"]) == ("1805-03-30", "1805-05-14", "1805-12")
    wrapped = (  # a line of a paragraph, not a section's heading: the story goes forward
        "The chase of 1805 ended on 21 October.\n\nIn the weeks that followed\nthe fleet sailed, and on "
        "30 March it reached Martinique."
    )
    assert values(wrapped, date(2010, 10, 22), "narrative")["30 March"] == "1806-03-30"


def test_a_feast_that_names_an_event_held_on_another_day_does_not_move_the_story() -> None:
    text = (
        "On Tuesday, October 26, 1948, a fog settled over Donora. On Friday evening the borough held "
        "its Halloween parade, and on Saturday afternoon the football game went on."
    )
    assert values(text, date(2018, 10, 26), "narrative")["Saturday afternoon"] == "1948-10-30TAF"


def test_a_clock_time_after_a_half_year_told_is_on_the_day_told_in_it() -> None:
    text = (
        "On Sunday, 28 June 1970, marchers set off. The idea went back to a picket held on 4 July 1969. "
        "Through the first half of 1970, a committee raised money. By 1:30 p.m., a crowd had formed."
    )
    assert values(text, date(2020, 6, 28), "narrative")["1:30 p.m."] == "1970-06-28T13:30"


def test_a_had_in_a_clause_of_time_tells_what_came_next_not_a_flashback() -> None:
    text = (
        "By the autumn of 1940 Britain's reserves were running dry. The agreement of September 2 had "
        "traded fifty warships for bases. Roosevelt said little until he had beaten Willkie on November 5."
    )
    assert values(text, date(2020, 12, 29), "narrative")["November 5"] == "1940-11-05"


def test_a_day_in_the_season_just_told_is_in_its_year_even_in_a_flashback() -> None:
    text = (
        "In 1919 Orteig offered a prize. By the spring of 1927 the race had already cost lives: on May 8 "
        "two aviators took off from Paris and were never seen again."
    )
    assert values(text, date(2011, 5, 20), "narrative")["May 8"] == "1927-05-08"
    paris = "Count Henry was killed on 28 August 886. Bishop Gozlin had died in the spring, on 16 April."
    assert values(paris, date(2011, 11, 24), "narrative")["16 April"] == "0886-04-16"


def test_a_clock_time_on_a_weekday_goes_on_from_the_day_the_story_is_on() -> None:
    text = (
        "On Monday, October 22, 1962, the White House spoke. The next evening Khrushchev went to the "
        "theatre. The blockade took effect at 10 a.m. Wednesday, Washington time."
    )
    assert values(text, date(2012, 10, 16), "narrative")["10 a.m. Wednesday"] == "1962-10-24T10:00"


def test_a_morning_after_a_night_told_is_the_next_day() -> None:
    siege = (
        "On the night of 2 June 1098 a small party climbed into the tower, and by dawn the city was "
        "taken. On 22 January 1879 the attacks went on through the night. At first light the Zulus "
        "withdrew. On Wednesday, 15 June 1859 rain fell from midnight until dawn."
    )
    found = [(t.text, t.value) for t in tag(siege, date(2012, 1, 1), "narrative")]
    dawns = [value for text, value in found if text in ("dawn", "first light")]
    assert dawns == ["1098-06-03TMO", "1879-01-23TMO", "1859-06-15TMO"]  # not after a midnight


def test_the_night_after_a_clock_time_of_the_small_hours_is_the_one_before_its_day() -> None:
    text = (
        "From 1832 she kept a journal. Her uncle died at 2.12 a.m. on Tuesday, 20 June 1837. The "
        "archbishop drove through the night to Kensington, arriving at dawn."
    )
    found = values(text, date(2012, 1, 1), "narrative")
    assert (found["the night"], found["dawn"]) == ("1837-06-19TNI", "1837-06-20TMO")


def test_a_count_of_days_goes_on_from_the_day_inside_the_season_just_told() -> None:
    text = (
        "In 1314 the army left Berwick on 17 June. Marching in the summer heat, it reached Edinburgh "
        "two days later."
    )
    assert values(text, date(2014, 6, 24), "narrative")["two days later"] == "1314-06-19"


def test_a_count_of_days_goes_on_from_the_day_told_past_a_coarser_date_in_passing() -> None:
    text = (
        "On 1 March 1917 the papers printed the telegram, intercepted in January. Zimmermann admitted "
        "it was genuine two days later."
    )
    assert values(text, date(2017, 4, 6), "narrative")["two days later"] == "1917-03-03"
    text = (
        "A final attack launched on 15 December 1916 pushed the Germans back to their February lines, "
        "and the battle ended three days later."
    )
    assert values(text, date(2015, 2, 21), "narrative")["three days later"] == "1916-12-18"
    text = (  # weeks too; and a year after the day, far ahead, stays what days count from
        "The baby was born on Tuesday, 25 July 1978, and the case was written up in August. Ten weeks "
        "later a second birth followed. In 1980 the clinic opened; three days later it was full."
    )
    found = values(text, date(2013, 7, 25), "narrative")
    assert (found["Ten weeks later"], found["three days later"]) == ("1978-10-03", "1980")


def test_a_count_not_told_is_a_date_as_fine_as_it_tells() -> None:
    text = (
        "Pizarro reached the coast on 12 May 1530. A few days later he sailed south, and several weeks "
        "later he landed at Tumbes. For several days afterwards it rained."
    )
    found = values(text, date(2013, 9, 10), "narrative")
    assert (found["A few days later"], found["several weeks later"]) == ("1530-05", "1530-06")
    assert found["several days"] == "PXD"  # "afterwards" after a length told: how long
    caesar = "Caesar crossed on 10 January 49 BC. A few days later he took Ariminum."
    assert values(caesar, date(2013, 9, 10), "narrative")["A few days later"] == "BC0049-01"


def test_a_year_told_in_the_past_perfect_behind_the_story_day_is_a_flashback() -> None:
    text = (
        "In late 1967 officials were confident. On 21 January 1968 a siege began. In 1968 Tet fell on "
        "30 January, and a ceasefire was due to begin on the evening of 29 January. Because the North "
        "had changed its calendar in 1967, some units attacked in the early hours of 30 January."
    )
    found = [t.value for t in tag(text, date(2013, 1, 31), "narrative") if t.text.endswith("30 January")]
    assert found == ["1968-01-30", "1968-01-30"]  # "30 January", "the early hours of 30 January"
    # a month too
    text = (
        "The expedition sailed in June 1893. The ship brought them to Vardo on 13 August 1896. Fram had "
        "drifted north in November 1895 and broke out of the ice on the same day."
    )
    assert values(text, date(2013, 1, 24), "narrative")["the same day"] == "1896-08-13"
    # a "had" a few words before, its object between
    text = (
        "On Friday, 8 July 1853, four American warships dropped anchor off Uraga. The ships alarmed the "
        "capital, where officials had followed Britain's defeat of China in 1842 with growing unease."
        "\n\nOn the morning of 14 July Perry came ashore at Kurihama."
    )
    assert values(text, date(2021, 7, 8), "narrative")["the morning of 14 July"] == "1853-07-14TMO"
    # farther back, its object and an adverbial between; not when a verb in the simple past follows
    text = (
        "General Nogi's army closed around Port Arthur in the summer of 1904. Nogi had captured the same "
        "town from the Chinese in a single day in 1894, and Tokyo expected another quick success. The "
        "Russian commander rejected a summons to surrender on 17 August."
    )
    assert values(text, date(2014, 8, 17), "narrative")["17 August"] == "1904-08-17"
    text = (
        "The murder of Maurice in 602 opened three decades of crisis.\n\nMaurice, a general who had won "
        "fame against the Persians, came to the throne in August 582. The dying emperor named him Caesar "
        "on 5 August."
    )
    assert values(text, date(2014, 8, 17), "narrative")["5 August"] == "0582-08-05"


def test_a_year_in_the_past_perfect_after_the_day_of_writing_is_where_the_story_goes() -> None:
    text = (
        "On Sunday the town marks the day its charter was sealed.\n\nThe abbot had bought the manor in "
        "March 1190. On 12 April the monks drew up the charter, and the king sealed it three days later."
    )
    found = values(text, date(2024, 11, 1), "narrative")
    assert (found["12 April"], found["three days later"]) == ("1190-04-12", "1190-04-15")


def test_a_dateline_makes_a_report_whatever_years_it_recalls() -> None:
    text = (
        "LONDON, June 24 (Reuters) - Britain has voted to leave the European Union, ending 43 years of "
        "membership in a bloc it joined on Jan. 1, 1973.\n\nResults announced early Friday showed 51.9 "
        "percent backed leaving, the highest turnout since the 1992 election. Cameron, in power since "
        "2010, will go by October; sterling fell to its lowest since 1985."
    )
    assert detect_mode(text, date(2016, 6, 24)) == "news"
    predicted = (  # a past verb's "a century ago" tells no anniversary
        "WASHINGTON — Physicists announced Thursday that they had detected gravitational waves, which "
        "Einstein predicted a century ago.\n\nThe signal, recorded on Sept. 14 at 5:51 a.m., came from two "
        "black holes. Einstein published the theory in 1916, and the detectors were first proposed in "
        "the 1970s, built in 1999 and upgraded in 2008 and again in 2015."
    )
    assert detect_mode(predicted, date(2016, 2, 11)) == "news"


def test_a_dateline_over_an_anniversary_or_a_day_long_past_makes_a_history() -> None:
    anniversary = (
        "BUFFALO, N.Y. — 110 years ago today, President William McKinley stood in a receiving line. Eight "
        "days later he was dead.\n\nMcKinley, re-elected in 1900, had arrived in Buffalo on the evening of "
        "Sept. 4, 1901. The exposition had opened in May 1901."
    )
    assert detect_mode(anniversary, date(2011, 9, 6)) == "narrative"
    recalled = (
        "DALLAS — President John F. Kennedy woke on Friday, Nov. 22, 1963, in the Hotel Texas in Fort "
        "Worth. It had rained overnight, but by late morning the sky had cleared."
    )
    assert detect_mode(recalled, date(2013, 11, 22)) == "narrative"


def test_the_present_of_an_anniversary_lead_is_not_the_story_s() -> None:
    """A history that opens from the day of writing ("Today marks the 150th anniversary"; "Hungary
    today commemorates"), its years long past, not told with a year each."""
    commune = (
        "Today marks the 150th anniversary of the end of the Paris Commune, which ran Paris in the "
        "spring of 1871. This weekend its admirers are expected to gather at the Wall of the "
        "Federates.\n\nParis endured a siege in the winter of 1870-71, and the armistice of 28 January "
        "left the city humiliated. At three in the morning of Saturday, 18 March, Thiers sent troops "
        "to seize the cannon. Elections were held on Sunday, 26 March, and two days later the Commune "
        "was proclaimed. The army entered on 21 May 1871; the last barricades fell on 28 May. The "
        "Sacre-Coeur, begun in 1875, was finished in 1914, and the Wall was listed in 1983."
    )
    assert detect_mode(commune, date(2021, 5, 28)) == "narrative"
    told = {t.text: t.value for t in tag(commune, date(2021, 5, 28), "narrative")}
    assert (told["28 January"], told["Sunday, 26 March"]) == ("1871-01-28", "1871-03-26")
    hungary = (
        "Hungary today commemorates the uprising that began in Budapest sixty years ago, on Tuesday, 23 "
        "October 1956. That afternoon students marched to the statue of General Bem. On 4 November Soviet "
        "tanks returned, and by 1957 some 200,000 people had fled. Imre Nagy was hanged in June 1958."
    )
    assert detect_mode(hungary, date(2016, 10, 23)) == "narrative"
    kanto = (  # "a century since", as "years since"
        "On Friday, Japan will mark a century since the Great Kanto earthquake.\n\nAt 11:58 a.m. on "
        "Saturday, 1 September 1923, the fault beneath Sagami Bay ruptured. Tokyo had not suffered such a "
        "blow since 1855. Fires burned until the morning of 3 September, and a cabinet was formed on 2 "
        "September. Rebuilding lasted until 1930."
    )
    assert detect_mode(kanto, date(2023, 8, 30)) == "narrative"
    lisbon = (  # the anniversary's paragraph tells the present; two years long past after it, a story
        "Lisbon marks today the anniversary of the earthquake that destroyed the city on All Saints' Day. "
        "Church bells rang across the city on Sunday, and a mass is said this evening.\n\nThe first "
        "shock struck on the morning of 1 November 1755. Fires burned until 6 November, and a tsunami "
        "swept the lower town. The new lower town was laid out on a grid by the end of 1758."
    )
    assert detect_mode(lisbon, date(2024, 11, 1)) == "narrative"
    brielle = (  # the anniversary told in the lead's second sentence; a celebration is one
        "Today the port of Brielle once again re-enacts its capture, as it does every year. The event "
        "took place 443 years ago.\n\nAt the beginning of 1572 Elizabeth I ordered the Sea Beggars out of "
        "English harbours. They anchored off Brielle on 1 April and took the town; on 5 April a "
        "carpenter opened a sluice. Flushing rose on 6 April, and by July most of Holland had declared "
        "for Orange. Alba's son sacked Mechelen in October 1572."
    )
    assert detect_mode(brielle, date(2015, 4, 1)) == "narrative"
    assert values(brielle, date(2015, 4, 1), "auto")["5 April"] == "1572-04-05"
    leiden = brielle.replace(
        "Today the port of Brielle once again re-enacts its capture, as it does every year. The event "
        "took place 443 years ago.",
        "Tomorrow Leiden celebrates its deliverance from the siege of 1574, as it has done every year.",
    )
    assert detect_mode(leiden, date(2015, 10, 2)) == "narrative"
    halifax = (  # an anniversary, the present in the next paragraph, then the story from a day long past
        "HALIFAX - Nova Scotia is marking the centenary of the Halifax Explosion this week.\n\nBells "
        "rang at the waterfront on Sunday, and wreaths were laid at the memorial.\n\nThe disaster began "
        "on the morning of Thursday, 6 December 1917, when the freighter Mont-Blanc collided with the Imo "
        "in the Narrows. On 9 December relief trains arrived from Boston. An inquiry reported in February "
        "1918, and a new hospital opened in 1920. The relief commission, set up in January 1918, was "
        "wound up only in 1976."
    )
    assert detect_mode(halifax, date(2017, 12, 6)) == "narrative"
    assert values(halifax, date(2017, 12, 6), "auto")["9 December"] == "1917-12-09"
    plaque = halifax.replace("from Boston.", "from Boston, and on Friday the city will unveil a plaque.")
    assert detect_mode(plaque, date(2017, 12, 6)) == "news"  # the present after the story's day
    veteran = halifax.replace(
        "from Boston.", 'from Boston. "I will ring my grandchildren tonight," said one survivor\'s son.'
    )
    assert detect_mode(veteran, date(2017, 12, 6)) == "news"  # a speaker's present too
    news = (  # an anniversary told in the lead of a report: the rest counts from the day of writing
        "Today marks the tenth anniversary of the flood of 2004. Officials said Tuesday that the levees "
        "built since 2005 will be tested again next month, and the mayor will speak on Friday."
    )
    assert detect_mode(news, date(2014, 9, 2)) == "news"


@pytest.mark.parametrize(
    ("text", "dct", "expression", "value"),
    [
        (
            "A hundred years ago today, King George V announced that the capital would move to Delhi."
            "\n\nThe announcement, made at the Durbar on Tuesday, 12 December 1911, took almost everyone "
            "by surprise. This week heritage groups are leading walks across Coronation Park.\n\nThe "
            "royal couple had landed at Bombay on 2 December, and entered Delhi five days later.",
            date(2011, 12, 12),
            "2 December",
            "1911-12-02",
        ),
        (
            "The next morning English patrols routed the French stragglers, on 27 August 1346. Among the "
            "dead lay King John of Bohemia; today a stone cross still marks the place where he fell.\n\n"
            "Edward marched on to Calais. He placed it under siege on 4 September.",
            date(2023, 2, 3),
            "4 September",
            "1346-09-04",
        ),
    ],
)
def test_a_day_told_in_the_past_after_an_aside_on_the_present_goes_back_to_the_story(
    text: str, dct: date, expression: str, value: str
) -> None:
    """A story that came to the time of writing with a day or week and no year ("This week", "today")
    goes back to its year with the next day or month it tells in the past."""
    assert values(text, dct, "narrative")[expression] == value


OBITUARY_CLOSE = (
    "She retired on June 30, 1979. Her husband, Robert, died in 1998.\n\n"
    "A memorial service will be held at 11 a.m. Saturday, and a reception will follow on Sunday."
)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (OBITUARY_CLOSE, "11 a.m. Saturday", "2014-03-15T11:00"),
        (OBITUARY_CLOSE, "Sunday", "2014-03-16"),
        (
            "Her husband died in 1998. The service was held at 11 a.m. Saturday.",
            "11 a.m. Saturday",
            "1998-WXX-6T11:00",
        ),
    ],
)
def test_a_weekday_a_story_plans_with_will_is_of_the_time_of_writing(
    text: str, expression: str, value: str
) -> None:
    """A story's plan told with "will" counts from the day of writing; a weekday told with a clock time
    in a story known only to the year is a weekday of that year."""
    assert values(text, date(2014, 3, 12), "narrative")[expression] == value


def test_a_history_under_a_news_lead_is_a_story() -> None:
    """Every word of the present in the first paragraph, then a story of years long past: the
    story's days take its years; a report that goes on in the present after its lead stays news."""
    endurance = (
        "Endurance found\n\nSearchers found the wreck of Shackleton's Endurance last weekend, and on "
        "Wednesday the trust released the first images.\n\nEndurance left Plymouth on 8 August 1914 "
        "and sailed from South Georgia on 5 December. By mid-January 1915 she was frozen fast. She sank "
        "on 21 November. On 9 April 1916 the ice opened, and the boats reached South Georgia on 10 May. "
        "Shackleton died in 1922 and was buried at Grytviken; a film of the voyage came out in 1919."
    )
    assert detect_mode(endurance, date(2022, 3, 10)) == "narrative"
    told = {t.text: t.value for t in tag(endurance, date(2022, 3, 10), "narrative")}
    assert (told["5 December"], told["10 May"]) == ("1914-12-05", "1916-05-10")
    report = (
        "Searchers found the wreck of Shackleton's Endurance last weekend.\n\nThe trust said on Wednesday "
        "that a film of 1919 will be shown again on Friday. Endurance left Plymouth in 1914, was frozen "
        "fast in 1915 and sank that year; the crew was saved in 1916, and Shackleton died in 1922. The "
        "trust plans a museum for the ship's bell and the surveys it made this winter."
    )
    assert detect_mode(report, date(2022, 3, 10)) == "news"
    coronation = (  # years of the first millennium count too, three-digit ones after a month
        "Pilgrims at St Peter's for Christmas this week will pass the spot where, on Christmas Day 800, "
        "Leo III crowned Charles.\n\nThe road to that morning began in the spring of 799. On 25 April "
        "Leo was attacked in Rome. Charles set out in August 800 and met him on 23 November. On 1 "
        "December 800 an assembly met, and on 23 December Leo cleared himself. Charles died in "
        "January 814, his father in September 768."
    )
    assert detect_mode(coronation, date(2015, 12, 21)) == "narrative"
    # three such dates are enough: a three-digit number after a month is no amount
    feast = (
        "Congregations gather for Christmas services at midnight tonight and tomorrow.\n\nOn 25 April 799 "
        "Leo was attacked. After an assembly at Mainz in August 800 Charles crossed into Italy, and on "
        "20 July 802 an elephant reached him. Leo met him on 23 November."
    )
    assert detect_mode(feast, date(2013, 12, 24)) == "narrative"


def test_a_southern_season_is_of_the_story_year_and_does_not_move_it() -> None:
    text = (
        "By 20 June 1840 it was the middle of the southern winter. The southern autumn had been wet. "
        "On 1 August they left."
    )
    found = values(text, date(2014, 6, 18), "narrative")
    assert found["the middle of the southern winter"] == "1840-WI"
    assert (found["The southern autumn"], found["1 August"]) == ("1840-FA", "1840-08-01")


def test_a_year_that_opens_the_text_as_its_subject_is_the_story_year() -> None:
    text = "\n1757 brought Frederick closer to ruin. The campaign opened soon after Easter."
    found = values(text, date(2013, 5, 14), "narrative")
    assert (found["1757"], found["Easter"]) == ("1757", "1757-04-10")


def test_a_participle_s_year_before_the_story_does_not_move_it() -> None:
    text = (
        "Cromwell died on Friday 3 September 1658. In April 1659 the officers forced Richard out. On 21 "
        "February 1660 Monck readmitted the members excluded by Pride's Purge in 1648, and on 16 March "
        "the Parliament dissolved itself."
    )
    assert values(text, date(2020, 5, 27), "narrative")["16 March"] == "1660-03-16"


def test_a_year_before_the_past_perfect_behind_the_story_day_is_a_flashback() -> None:
    text = (
        "The sack of Lindisfarne on 8 June 793 began the Viking Age. Probably in 789 three ships of "
        "Northmen had put in at Portland. Later that year famine followed."
    )
    assert values(text, date(2015, 6, 8), "narrative")["Later that year"] == "0793"
    # a causative "had" is no past perfect: the story goes on to the year
    text = (
        "Alaric took Rome on 24 August 410. In 409 he had the Senate proclaim Attalus. Later that year "
        "he marched."
    )
    assert values(text, date(2015, 6, 8), "narrative")["Later that year"] == "0409"


def test_a_year_joined_to_one_told_in_a_flashback_is_in_it() -> None:
    text = (
        "By the spring of 1848 Chartism was strong. Parliament had rejected national petitions in 1839 "
        "and 1842, but the news from Paris at the end of February revived it. A Convention met on 4 April."
    )
    found = values(text, date(2018, 4, 10), "narrative")
    assert (found["the end of February"], found["4 April"]) == ("1848-02", "1848-04-04")


def test_a_had_of_another_clause_tells_no_flashback() -> None:
    text = (
        "The trial opened in January 1973. In March McCord wrote that perjury had been committed, and on "
        "30 April Nixon announced the resignations."
    )
    assert values(text, date(2014, 8, 9), "narrative")["30 April"] == "1973-04-30"


def test_a_day_told_of_a_habit_is_any_years() -> None:
    text = (
        "The victory at the Boyne on 1 July 1690 is still celebrated by Ulster Protestants each year on "
        "12 July. On 3 August the army marched."
    )
    found = values(text, date(2012, 1, 1), "narrative")
    assert (found["12 July"], found["3 August"]) == ("XXXX-07-12", "1690-08-03")


def test_a_feast_set_beside_a_day_is_that_day_in_the_texts_calendar() -> None:
    text = (
        "The city fell on 29 May 1453. Dates follow the Julian calendar. In the spring of 1452 the sultan "
        "built a fortress; over the winter a cannon was cast. The first troops appeared on 2 April, "
        "Easter Monday, and the bombardment began on 6 April."
    )
    found = values(text, date(2013, 5, 29), "narrative")
    assert (found["Easter Monday"], found["6 April"]) == ("1453-04-02", "1453-04-06")


def test_a_story_s_bare_year_among_the_years_it_tells_is_a_year() -> None:
    text = (
        "Charles fled in 1642 to Oxford. 1643 went largely the King's way. One chronicle gives 1662 for "
        "his death. He paid 1650 pounds for the horses, and No. 1645 was lost."
    )
    found = values(text, date(2012, 1, 1), "narrative")
    assert (found["1643"], found["1662"]) == ("1643", "1662")
    assert "1650" not in found and "1645" not in found
    assert "1643" not in values(text, date(2012, 1, 1), "news")
    # a year that opens a sentence before a verb in the past, with no year told near it
    opening = "Frederick won at Leuthen.\n\n1757 had gone badly for Prussia. 1200 men fled."
    found = values(opening, date(2012, 1, 1), "narrative")
    assert found["1757"] == "1757" and "1200" not in found
    # so too after the sentence's opening phrase and its comma
    phrase = "For Britain, 1759 brought victory after victory. He counted them, 1759 in all."
    assert list(values(phrase, date(2009, 11, 20), "narrative").items()) == [("1759", "1759")]


def test_a_calendar_s_rule_tells_no_date() -> None:
    text = (
        "The king was executed in 1649. Dates are Old Style, but the year is taken to begin on 1 January "
        "rather than on Lady Day. On 20 January the trial opened."
    )
    found = values(text, date(2012, 1, 1), "narrative")
    assert "the year" not in found
    assert (found["1 January"], found["20 January"]) == ("XXXX-01-01", "1649-01-20")


def test_a_weekday_set_beside_a_day_is_that_day_in_the_texts_calendar() -> None:
    text = "On 23 May 1533, a Friday, Cranmer declared the marriage void; five days later he crowned Anne."
    found = values(text, date(2012, 1, 1), "narrative")  # a Friday in the Julian calendar England kept
    assert (found["a Friday"], found["five days later"]) == ("1533-05-23", "1533-05-28")


def test_a_day_restated_in_another_calendar_is_the_same_day() -> None:
    text = (
        "In 1917 the July Days began on Monday, 16 July (3 July O.S.), when a regiment rose. Bach was born "
        "on 31 March 1685, or 21 March by the Julian calendar, which the states kept."
    )
    found = values(text, date(2012, 1, 1), "narrative")
    assert (found["3 July"], found["21 March"]) == ("1917-07-16", "1685-03-31")


def test_a_day_marked_old_style_is_the_gregorian_day_it_was() -> None:
    text = (
        "Paul I was murdered on the night of 11 March 1801 (O.S.). On 8 September 1802 (O.S.) the "
        "ministries were created, and Peter's new year began on 1 January 1700 (Old Style)."
    )
    found = values(text, date(2012, 1, 1), "narrative")
    assert (found["the night of 11 March 1801"], found["8 September 1802"]) == ("1801-03-23TNI", "1802-09-20")
    assert found["1 January 1700"] == "1700-01-11"  # the gap of 1699: the Julian leap day of 1700 comes later


def test_years_of_three_digits_after_in_count_in_a_text_of_eras() -> None:
    text = (
        "In 354 BC Rome made a treaty with the Samnites. In 343 they attacked Teanum. In 341 peace "
        "returned. Today the site lies under a modern town. In 340 the Latins rose, and in 338 Rome "
        "dissolved their league. In 328 a colony was founded."
    )
    assert detect_mode(text, date(2012, 11, 20)) == "narrative"


def test_his_last_summer_is_the_storys_not_the_one_before_writing() -> None:
    text = "In 1895 Pasteur grew weak. He spent his last summer at Villeneuve. Last summer the house opened."
    found = values(text, date(2022, 9, 28), "narrative")
    assert (found["his last summer"], found["Last summer"]) == ("1895-SU", "2022-SU")


def test_that_month_after_a_year_told_in_passing_is_the_month_told_before_it() -> None:
    text = (
        "On Tuesday, 27 July 1361 the defenders were killed. Their graves were excavated between 1928 "
        "and 1930. At the end of the month the king issued a charter."
    )
    assert values(text, date(2024, 3, 6), "narrative")["the end of the month"] == "1361-07"


def test_a_feasts_week_beside_the_day_told_is_that_days_week() -> None:
    text = "Galileo arrived on 29 March 1611, in Holy Week, and soon after Easter he met the Jesuits."
    found = values(text, date(2016, 3, 5), "narrative")
    assert (found["Holy Week"], found["Easter"]) == ("1611-W13", "1611-04-03")


def test_a_part_of_the_day_or_a_season_that_ended_is_no_length() -> None:
    text = (
        "An ordeal was fixed for Saturday, 7 April 1498. A crowd waited until a downpour in the evening "
        "ended the affair. In 1679 they wrote often, and the exchange lasted until that winter ended."
    )
    found = values(text, date(2011, 5, 20), "narrative")
    assert (found["the evening"], found["that winter"]) == ("1498-04-07TEV", "1679-WI")


def test_that_month_after_a_century_told_in_passing_is_of_the_year_before_it() -> None:
    text = (
        "She came home to London in August 1823. Valperga, a romance of the fourteenth century, had "
        "appeared that February."
    )
    assert values(text, date(2020, 1, 1), "narrative")["that February"] == "1823-02"


def test_a_unit_of_the_month_in_a_story_is_of_the_month_just_told() -> None:
    text = (
        "In 1939 he proclaimed Thursday, November 23, rather than the last Thursday of the month, as "
        "Thanksgiving, to give merchants an extra week of shopping before Christmas."
    )
    found = values(text, date(2011, 3, 4), "narrative")
    assert (found["the last Thursday of the month"], found["Christmas"]) == ("1939-11-30", "1939-12-25")


def test_a_day_restated_in_a_calendar_of_other_years_does_not_move_the_story() -> None:
    text = (
        "On 13 April 1909 soldiers rose in Istanbul; that day was 31 March 1325 in the Rumi calendar. "
        "The Action Army entered the capital on 24 April, and three days later parliament met."
    )
    found = values(text, date(2022, 11, 1), "narrative")
    assert (found["24 April"], found["three days later"]) == ("1909-04-24", "1909-04-27")
    english = "The Armada was sighted on 19 July 1588 by English reckoning. On 29 July it anchored."
    assert values(english, date(2022, 11, 1), "narrative")["29 July"] == "1588-07-29"  # the story's day
    # a day restates only one told in its own sentence, not the present of the sentence before
    bulgaria = (
        "Today the country marks the anniversary. The union took place on 6 September 1885 by the Julian "
        "calendar, which was Friday, 18 September elsewhere in Europe."
    )
    assert values(bulgaria, date(2010, 9, 6), "narrative")["Friday, 18 September"] == "1885-09-18"


def test_a_storys_now_before_a_past_verb_is_its_moment_not_the_present() -> None:
    text = (
        "In 493 BC the revolt ended. Darius now resolved to punish Athens, and now he assigned Mardonius. "
        "The battlefield is now visited by thousands."
    )
    found = [t.text for t in tag(text, date(2012, 1, 1), "narrative") if t.text == "now"]
    assert found == ["now"]  # the present passive only


def test_the_winter_of_a_year_told_is_that_years() -> None:
    text = "In 1835 Santa Anna marched north that winter. On 1 February 1940 the front froze that winter."
    found = [t.value for t in tag(text, date(2012, 1, 1), "narrative") if t.text == "that winter"]
    assert found == ["1835-WI", "1939-WI"]  # a winter is named by its start: of a day in February, the last


def test_a_year_told_in_both_reckonings_is_the_one_from_january() -> None:
    text = "Warrants were issued on 29 February 1691/2. The magistrates met on Tuesday, 1 March."
    found = values(text, date(2012, 1, 1), "narrative")
    assert (found["29 February 1691/2"], found["Tuesday, 1 March"]) == ("1692-02-29", "1692-03-01")
    morning = "The attack came on the morning of Friday, March 22, 1621/22."  # a part of such a day too
    assert values(morning, date(2012, 1, 1), "narrative") == {
        "the morning of Friday, March 22, 1621/22": "1622-03-22TMO"
    }
    assert values("He died on 5 January 1699/1700.", date(2012, 1, 1), "narrative") == {
        "5 January 1699/1700": "1700-01-05"
    }


def test_a_day_told_in_both_reckonings_is_the_new_style_one() -> None:
    breitenfeld = (
        "The armies met on Wednesday 7/17 September 1631. Bombers struck on the night of 13/14 May 1940."
    )
    assert values(breitenfeld, date(2012, 1, 1), "narrative") == {
        "Wednesday 7/17 September 1631": "1631-09-17",  # a day in both reckonings: the New Style one
        "14 May 1940": "1940-05-14",  # two days, no reckonings
    }
    # or with the New Style one in brackets after it
    assert values("The army crossed on 13 (25) September 1826.", date(2012, 1, 1), "narrative") == {
        "13 (25) September 1826": "1826-09-25"
    }


def test_a_month_after_a_preposition_is_one_before_a_name() -> None:
    text = (
        "In 1788 Bligh tried to round Cape Horn before turning east in late April for the Cape of Good Hope."
    )
    assert values(text, date(2010, 4, 28), "narrative")["late April"] == "1788-04"


def test_a_regnal_year_set_beside_a_date_is_its_year() -> None:
    text = (
        "Henry V led the campaign in 1415, the third year of his reign. The league was proclaimed in late "
        "May 1571, in the sixth year of his pontificate."
    )
    found = values(text, date(2011, 10, 7), "narrative")
    assert (found["the third year of his reign"], found["the sixth year of his pontificate"]) == (
        "1415",
        "1571",
    )
    bare = "The parliament assembled on 3 November 1529, in the twenty-first year of the reign, and sat."
    assert values(bare, date(2009, 11, 3), "narrative")["the twenty-first year of the reign"] == "1529"
    eras = "Kublai ruled from the first year of Zhongtong; in the twentieth year of Tenshō Japan invaded."
    found = values(eras, date(2009, 11, 2), "narrative")
    assert (found["the first year of Zhongtong"], found["the twentieth year of Tenshō"]) == ("1260", "1592")
    named = "Portuguese merchants settled in Macao in 1557, the 36th year of the Jiajing reign."
    assert values(named, date(1999, 12, 20), "news")["the 36th year of the Jiajing reign"] == "1557"
    ptolemy = "The priests met on 27 March 196 BC, in the ninth year of the reign of Ptolemy V, at Memphis."
    assert (
        values(ptolemy, date(2022, 9, 27), "narrative")["the ninth year of the reign of Ptolemy V"]
        == "BC0196"
    )
    # a king named with his numeral; the story stays on the finer date beside it
    tax = (
        "The tax was granted in December 1380, the fourth year of Richard II's reign. Resistance began "
        "on 30 May, and the rebels entered Canterbury on 10 June."
    )
    found = values(tax, date(2011, 10, 7), "narrative")
    assert (found["the fourth year of Richard II's reign"], found["30 May"]) == ("1380", "1381-05-30")
    # a title before the name
    knighted = "On 16 April 1705, in the fourth year of Queen Anne's reign, the Queen knighted him."
    assert values(knighted, date(2017, 3, 31), "narrative")["the fourth year of Queen Anne's reign"] == "1705"
    # beside a date the story does not move to, a note on the calendar, the year it gives
    reform = (
        "Cortes took the city in 1521. When Pope Gregory reformed the calendar in October 1582, in the "
        "twenty-seventh year of Philip II's reign, the news took months to arrive."
    )
    assert (
        values(reform, date(2013, 4, 18), "narrative")["the twenty-seventh year of Philip II's reign"]
        == "1582"
    )


def test_nights_counted_from_the_day_told() -> None:
    text = "The mountains were stormed on the night of 11 June 1982 and again two nights later."
    assert values(text, date(2012, 4, 2), "narrative")["two nights later"] == "1982-06-13TNI"
    assert "two nights later" not in values(text, date(2012, 4, 2), "news")


def test_a_month_since_which_a_state_holds_lies_behind_and_through_opens_a_stretch() -> None:
    text = (
        "The emperor died on 20 October 1740. Frederick, king only since May, marched into Silesia. "
        "In 1940 the invasion was to be ready by mid-August. Through July the Luftwaffe attacked convoys."
    )
    found = values(text, date(2012, 1, 1), "narrative")
    assert (found["May"], found["July"]) == ("1740-05", "1940-07")


def test_a_story_stays_one_with_a_quoted_today_and_a_cut_the_next_day() -> None:
    jutland = (
        "The battle was fought on 31 May and 1 June 1916. At 4.26 p.m. Queen Mary blew up, prompting the "
        'remark that something was wrong with "our bloody ships today". The fleet was ready again in 1917.'
    )
    assert detect_mode(jutland, date(2015, 5, 30)) == "narrative"
    war = (
        "The war was fought from 5 June to 10 June 1967. Nasser resigned but withdrew it the next day after "
        "mass demonstrations. On Saturday troops entered the Golan. A peace came in 1979 and in 1994."
    )
    assert detect_mode(war, date(2011, 6, 6)) == "narrative"


def test_a_season_after_a_winter_is_of_the_year_the_winter_ends_in() -> None:
    text = "The first cases came in the winter of 1664-65, and the disease spread through the spring."
    assert values(text, date(2012, 1, 1), "narrative")["the spring"] == "1665-SP"


def test_weekdays_of_a_story_go_forward_in_its_own_calendar() -> None:
    fire = (Path(__file__).parent / "fixtures" / "fire.txt").read_text(encoding="utf-8")
    found = {t.text: t.value for t in tag(fire, date(2024, 5, 1), "narrative")}
    # 2 September 1666 was a Sunday in the Julian calendar London kept (a Thursday in the Gregorian)
    assert found["Wednesday morning"] == "1666-09-05TMO"
    assert found["Thursday"] == "1666-09-06"
    assert found["Monday"] == "1940-12-30"  # the Gregorian calendar again, in 1940


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The siege lasted from May to September 1453.", "May", "1453-05"),
        ("The offensive ran from Dec. 20 to Jan. 5, 1945.", "Dec. 20", "1944-12-20"),  # over New Year
        ("Between June and August 1944 the Allies advanced.", "June", "1944-06"),
        ("Caesar ruled Rome from March to May 44 BC.", "March", "BC0044-03"),
        # a year of three digits closes it too, after a year told before
        (
            "Germanos resigned on 17 January 730. A council met from 10 February to 8 August 754.",
            "10 February",
            "0754-02-10",
        ),
    ],
)
def test_a_range_opened_without_a_year_takes_the_year_that_closes_it(
    text: str, expression: str, value: str
) -> None:
    assert values(text, date(2020, 1, 1), "news")[expression] == value


def test_the_end_of_the_century_is_the_centurys_end() -> None:
    text = "In 1850 the railway came. By the end of the century the town had grown."
    (end,) = [t for t in tag(text, date(2020, 1, 1), "narrative") if t.text == "the end of the century"]
    assert (end.value, end.mod) == ("18", "END")
    halves = "In 1850 the railway came; in the second half of the century the town grew."
    (half,) = [t for t in tag(halves, date(2020, 1, 1), "narrative") if t.text.startswith("the second")]
    assert (half.text, half.value, half.mod) == ("the second half of the century", "18", "END")


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Over the following weeks the Japanese advanced rapidly.", "the following weeks", "PXW"),
        ("In the ensuing years the city grew.", "the ensuing years", "PXY"),
    ],
)
def test_the_stretch_after_a_date_told_is_a_duration(text: str, expression: str, value: str) -> None:
    assert values(text, date(2020, 1, 1), "narrative")[expression] == value


def test_a_day_of_the_month_by_its_ordinal_and_no_date_across_a_paragraph() -> None:
    text = (
        "The trial opened on Saturday 20 January 1649. The warrant was dated the twenty-ninth day of "
        "January.\n\n30 January was bitterly cold."
    )
    found = values(text, date(2009, 1, 30), "narrative")
    assert (found["the twenty-ninth day of January"], found["30 January"]) == ("1649-01-29", "1649-01-30")


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Austerlitz was fought on Monday, 2 December 1805, under the sun of Austerlitz, which Napoleon "
            "would invoke at Borodino seven years later. The next day he addressed his army.",
            date(2015, 12, 6),
            {"seven years later": "1812", "The next day": "1805-12-03"},
        ),
        (  # the count far from its "would", in the same clause
            "On 10 January 1642 he left Whitehall; he would not see London again until he was brought back "
            "as a prisoner seven years later. Through the spring both sides prepared for war.",
            date(2017, 9, 18),
            {"seven years later": "1649", "the spring": "1642-SP"},
        ),
        (  # the count before its "would"
            "On Saturday, November 21, 1903, an explosion killed two men. No jury could say who had set the "
            "charge; three years later Orchard would claim the crime as his own. The district spent "
            "Thanksgiving under guard.",
            date(2013, 12, 4),
            {"three years later": "1906", "Thanksgiving": "1903-11-26"},
        ),
        (  # a year told after "would"
            "Adams was asked to take the case on the morning of March 6, 1770. The Crown's case went to "
            "Samuel Quincy, who would sail for England as a Loyalist in 1775. The judges put the case off "
            "through the spring. In October the trial opened.",
            date(2018, 10, 24),
            {"1775": "1775", "the spring": "1770-SP", "October": "1770-10"},
        ),
        (  # a participle's count set off by commas
            "At dawn on 10 April 1940 the destroyers attacked. His Victoria Cross, gazetted two months "
            "later, was the first of the war. Three days later the battleship forced the fjord.",
            date(2012, 4, 9),
            {"two months later": "1940-06", "Three days later": "1940-04-13"},
        ),
    ],
)
def test_a_glimpse_ahead_in_the_future_of_the_past_leaves_the_story_where_it_was(
    text: str, dct: date, expected: dict[str, str]
) -> None:
    found = values(text, dct, "narrative")
    assert {extent: found[extent] for extent in expected} == expected


def test_a_clock_time_told_before_its_day_counts_on_that_day() -> None:
    text = "The armistice was signed at 10 a.m. on 27 July 1953 and came into force twelve hours later."
    assert values(text, date(2012, 1, 1), "narrative")["twelve hours later"] == "1953-07-27T22:00"


def test_a_length_after_for_is_how_long_though_the_story_moves_on() -> None:
    text = (
        "Caesar landed in 54 BC but left no garrison. For almost a century afterwards the kingdoms dealt "
        "with Rome from afar. In 43 Claudius invaded."
    )
    found = values(text, date(2011, 3, 14), "narrative")
    assert found["almost a century"] == "P100Y"  # a length, not the date AD 47
    assert found["43"] == "0043"  # the story went on past the century all the same


def test_a_counted_date_moves_the_story_on() -> None:
    text = "Lee surrendered on April 9, 1865. Five days later Lincoln was shot; he died the next morning."
    found = values(text, date(2020, 1, 1), "narrative")
    assert found["Five days later"] == "1865-04-14"  # in a story, the date it gives (as TIMEX2 tags it)
    assert found["the next morning"] == "1865-04-15TMO"  # the day after the shooting, not after April 9


def test_the_day_of_an_event_a_count_runs_from_is_a_flashback() -> None:
    text = (
        "Lincoln was shot on Good Friday, 14 April 1865, five days after General Robert E. Lee "
        "surrendered on Palm Sunday. That morning Lincoln met his cabinet."
    )
    found = values(text, date(2015, 4, 14), "narrative")
    assert (found["Palm Sunday"], found["That morning"]) == ("1865-04-09", "1865-04-14TMO")
    baptisms = (
        "Susanna was baptised on 26 May 1583, six months after the licence was issued, and the twins "
        "on 2 February 1585. That spring the family moved."
    )
    assert values(baptisms, date(2014, 4, 23), "narrative")["That spring"] == "1585-SP"


def test_a_date_counted_back_is_a_flashback_the_story_returns_from() -> None:
    text = (
        "The last troops left on 25 October 1922, five years after the seizure of power. "
        "His father had died five years earlier. The union was proclaimed two months later, "
        "on 30 December."
    )
    found = values(text, date(2013, 11, 23), "narrative")
    assert found["five years earlier"] == "1917"
    assert found["two months later"] == "1922-12"  # from October 1922, not from 1917
    assert found["30 December"] == "1922-12-30"


def test_a_date_before_the_story_told_in_the_past_perfect_is_a_flashback() -> None:
    text = (
        "The campaign was fought between August and November 1415. Henry revived the claim that "
        "had started the war in 1337. On 31 July a plot against the king was exposed."
    )
    assert values(text, date(2014, 11, 12), "narrative")["31 July"] == "1415-07-31"
    opening = (  # a date inside the span the text opened with is where the story begins
        "The Gallic Wars were fought between 58 BC and 50 BC. The war opened with the migration "
        "of the Helvetii, who had agreed to assemble on 28 March 58 BC. That summer Caesar caught them."
    )
    assert values(opening, date(2013, 11, 23), "narrative")["That summer"] == "BC0058-SU"


def test_a_year_told_without_its_era_in_a_bce_story_is_bce() -> None:
    text = (
        "The war was fought from 431 to 404 BC. Pericles died in the autumn of 429. Brasidas fell "
        "in 422, and the following spring the peace was sworn. The site was excavated in 1958."
    )
    found = values(text, date(2010, 3, 14), "narrative")
    assert found["the autumn of 429"] == "BC0429-FA"
    assert found["422"] == "BC0422"
    assert found["the following spring"] == "BC0421-SP"
    assert found["1958"] == "1958"  # four digits, and far from the story: of the Common Era
    periods = (  # a decade or a century too, unless its era is told
        "Thucydides wrote of the war from 431 to 404 BC. Athens was rebuilt in the 420s; the city "
        "declined in the fourth century. Its schools flourished in the 1st century AD."
    )
    found = values(periods, date(2010, 3, 14), "narrative")
    assert (found["the 420s"], found["the fourth century"]) == ("BC042", "BC03")
    assert found["the 1st century AD"] == "00"
    reckoning = (  # a historian's count is no note on calendars, which the story would not count from
        "The war lasted, in the reckoning of Thucydides, twenty-seven years, from 431 to 404 BC. "
        "He was exiled in 424. Calendars differ: the Taichu calendar of 104 BC is another matter."
    )
    assert values(reckoning, date(2013, 4, 23), "narrative")["424"] == "BC0424"


def test_a_story_that_opens_with_its_span_goes_on_from_its_start() -> None:
    text = (
        "The battle was fought from 21 February to 18 December 1916. The offensive was set for "
        "12 February, but fog forced a delay. The civil war lasted from 206 to 202 BC. That year "
        "Xiang Yu took his own life."
    )
    found = values(text, date(2015, 2, 21), "narrative")
    assert found["12 February"] == "1916-02-12"  # not the February after the span's end
    assert found["That year"] == "BC0202"  # a later span: the story goes on from its end
    restated = (
        "The battle was fought in the summer and autumn of 1940. Historians date it from 10 July to "
        "31 October 1940.\n\nAfter the fall of France in June, Hitler waited."
    )
    assert values(restated, date(2010, 9, 15), "narrative")["June"] == "1940-06"  # the lead's own year
    dashed = "The Peninsular War (1808–1814) was fought in Spain. On 22 July the French surrendered."
    assert values(dashed, date(2012, 5, 1), "narrative")["22 July"] == "1808-07-22"
    # a span told after a day is background, no overview: the story stays on that day's year
    background = (
        "The Wall went up on 13 August 1961.\n\nBetween 1949 and 1961 over two million people left. At "
        "the Vienna summit in early June, Khrushchev renewed his demand."
    )
    assert values(background, date(2012, 8, 13), "narrative")["early June"] == "1961-06"


def test_the_night_before_looks_back_and_the_story_stays() -> None:
    text = (
        "The battle was fought on Friday, 25 October 1415. The night before had been wet. "
        "Henry advanced late in the morning."
    )
    found = values(text, date(2014, 11, 12), "narrative")
    assert found["The night before"] == "1415-10-24TNI"
    assert found["late in the morning"] == "1415-10-25TMO"
    previous = (
        "The armies met on 20 June 451. The previous night Frankish detachments had clashed in the dark. "
        "The struggle went on into the night."
    )
    assert values(previous, date(2012, 6, 20), "narrative")["the night"] == "0451-06-20TNI"


def test_a_part_of_the_day_named_alone_after_by_or_until_is_the_day_told() -> None:
    text = "On Tuesday, 7 June 1672 the fleets fought until evening. They travelled by night."
    found = values(text, date(2013, 1, 1), "narrative")
    assert found["evening"] == "1672-06-07TEV"
    dawn = (
        "The Chinese held the trench on 7 October 1952, but a counter-attack at first light drove them off."
    )
    assert values(dawn, date(2015, 11, 20), "narrative")["first light"] == "1952-10-07TMO"
    assert "night" not in found  # "by night": a manner, no time
    siege = "On 22 January 1879 the camp fell, and the attacks went on through the night."
    assert values(siege, date(2012, 1, 23), "narrative")["the night"] == "1879-01-22TNI"


def test_an_ordinal_season_counts_from_the_first_year_told() -> None:
    text = (
        "The siege of the city began in April 1992. The first winter was the worst. "
        "In the third summer the siege was tightened."
    )
    found = values(text, date(2011, 7, 9), "narrative")
    assert found["The first winter"] == "1992-WI"
    assert found["the third summer"] == "1994-SU"
    news = values("The first winter storm hit on Friday.", date(2011, 7, 9), "news")
    assert list(news) == ["Friday"]  # news counts no seasons from a story's start


def test_an_ordinal_year_counts_from_the_reign_or_the_first_year_told() -> None:
    reign = (
        "Arnuwanda took the throne in 1280 BC. In his first year the tribute came; in his third year it "
        "stopped. War broke out in the spring of the fourth year, and in the sixth year he won. The "
        "treaty was sworn in the eighth year of Arnuwanda."
    )
    found = values(reign, date(2011, 11, 7), "narrative")
    assert [found[e] for e in ("his first year", "his third year", "the sixth year")] == [
        "BC1280",
        "BC1278",
        "BC1275",
    ]
    assert found["the spring of the fourth year"] == "BC1277-SP"
    assert found["the eighth year of Arnuwanda"] == "BC1273"
    war = (
        "The war lasted from 431 to 404 BC. The turn came in the seventh year; Thucydides ends in the "
        "twenty-first year of the war."
    )
    found = values(war, date(2010, 3, 14), "narrative")
    # the span named is in the expression, as the written histories tag it
    assert (found["the seventh year"], found["the twenty-first year of the war"]) == ("BC0425", "BC0411")
    governor = "Agricola reached the Tay in his third year."  # whose years, from when: not told
    assert values(governor, date(2010, 3, 14), "narrative")["his third year"] == "XXXX"
    news = values("In the seventh year of the war prices rose.", date(2010, 3, 14), "news")
    assert news["the seventh year"] == "XXXX"  # news counts nothing from a war's start


def test_an_ordinal_day_counts_from_the_day_told() -> None:
    text = (
        "The battle began on 5 May 1864. Fighting went on for two days; on the second day brush "
        "fires burned.\n\nThe first day\n\nThe armies met at dawn."
    )
    found = values(text, date(2011, 11, 7), "narrative")
    assert found["the second day"] == "1864-05-06"
    assert "The first day" not in found  # a section's heading
    operation = "NATO launched the operation on Wednesday, 24 March 1999. On the fourth night a jet was lost."
    assert values(operation, date(2014, 3, 24), "narrative")["the fourth night"] == "1999-03-27TNI"


def test_an_ordinal_day_counts_from_the_first_of_the_days_told_one_after_another() -> None:
    pair = "The armies met in 1807. At Eylau, on 7 and 8 February, they fought; on the second day it snowed."
    assert values(pair, date(2007, 7, 7), "narrative")["the second day"] == "1807-02-08"
    days = (
        "The Austrians attacked on Sunday 21 May 1809 and Monday 22 May. Marshal Lannes, wounded on "
        "the second day, died on 31 May."
    )
    assert values(days, date(2009, 7, 6), "narrative")["the second day"] == "1809-05-22"
    span = "The battle was fought on July 5-6, 1809. On the second day Macdonald attacked."
    assert values(span, date(2009, 7, 6), "narrative")["the second day"] == "1809-07-06"  # one expression


def test_a_weekday_of_a_text_in_the_julian_calendar_keeps_the_story_year() -> None:
    text = "The prince landed in July 1745. The army reached Derby on Wednesday, 4 December."
    assert values(text, date(2012, 5, 1), "narrative")["Wednesday, 4 December"] == "1745-12-04"


def test_a_weekday_before_the_gregorian_calendar_picks_its_julian_year() -> None:
    # 21 May was a Tuesday in 1420 by the Julian calendar, a Friday in 1419
    text = "Rouen surrendered on 19 January 1419. The treaty was sealed at Troyes on Tuesday, 21 May."
    assert values(text, date(2012, 5, 1), "narrative")["Tuesday, 21 May"] == "1420-05-21"
    crusade = "Acre fell in July 1191. Saladin attacked near Arsuf on the morning of Saturday, 7 September."
    assert (
        values(crusade, date(2012, 5, 1), "narrative")["the morning of Saturday, 7 September"]
        == "1191-09-07TMO"
    )


def test_clock_times_told_with_a_dot_follow_the_story_by_the_hour() -> None:
    text = (
        "On 22 January 1879 the attack began at 1.30 p.m., and at around 2.30 an eclipse dimmed the "
        "sun; the last man fell at half past four. On 1 July 1916 at 7.20 a.m. a mine was blown, and at "
        "7.28 the others went up. The index stood at 3.25 percent."
    )
    found = values(text, date(2012, 1, 23), "narrative")
    assert found["around 2.30"] == "1879-01-22T14:30"  # after 1.30 p.m., the afternoon's
    assert found["half past four"] == "1879-01-22T16:30"
    assert found["7.28"] == "1916-07-01T07:28"
    assert "3.25" not in " ".join(found)  # an amount
    assert "7.28" not in " ".join(values("Shares closed at 7.28 on Friday.", date(2012, 1, 23), "news"))


def test_a_story_that_comes_to_the_time_of_writing_counts_from_it() -> None:
    text = (
        "Lincoln spoke at Gettysburg on Thursday, 19 November 1863. This year brought the 150th "
        "anniversary: re-enactments in early July drew crowds, and on Tuesday the president laid a wreath."
    )
    found = values(text, date(2013, 11, 23), "narrative")
    assert found["early July"] == "2013-07"
    assert found["Tuesday"] == "2013-11-19"  # told in the past: the Tuesday before the writing


def test_a_day_of_the_month_told_before_a_conjunction() -> None:
    text = "In late March 1879 the column was mauled at Hlobane on the 28th but won at Kambula the next day."
    found = values(text, date(2012, 1, 23), "narrative")
    assert (found["the 28th"], found["the next day"]) == ("1879-03-28", "1879-03-29")


def test_an_age_that_qualifies_a_noun_leaves_the_story_where_it_was() -> None:
    text = (
        "The battle was fought on 12 September 490 BC, a date that rests on a nineteenth-century "
        "conversion; many historians now place it a month earlier."
    )
    assert values(text, date(2012, 6, 14), "narrative")["a month earlier"] == "BC0490-08"


def test_a_midnight_before_a_morning_begins_the_day_told() -> None:
    text = (
        "The battle came near Koniggratz on Tuesday, 3 July 1866. The order was sent at midnight and "
        "reached him at 4 a.m. His divisions arrived around midday, and by three o'clock the line broke."
    )
    found = values(text, date(2014, 7, 3), "narrative")
    assert (found["midnight"], found["4 a.m."]) == ("1866-07-02T24:00", "1866-07-03T04:00")
    assert found["three o'clock"] == "1866-07-03T15:00"  # after midday: the afternoon's


def test_this_morning_in_a_story_is_of_the_writing_unless_quoted() -> None:
    text = (
        'The hostages were freed on 20 January 1981. "I have waited since early this morning," '
        "one said. Veterans laid a wreath this morning at the old embassy."
    )
    found = [(t.text, t.value) for t in timeline.tag(text, date(2014, 11, 4), "narrative")]
    assert ("early this morning", "1981-01-20TMO") in found
    assert ("this morning", "2014-11-04TMO") in found


def test_this_season_in_a_story_is_of_the_writing() -> None:
    text = "The club was founded in 1902 and won the cup in 1950. This season it leads the league."
    assert values(text, date(2018, 9, 10), "narrative")["This season"] == "2018"


def test_this_weekend_in_a_story_is_of_the_writing_as_this_week_is() -> None:
    text = (
        "The Titanic sank on 15 April 1912. The last survivor died on 31 May 2009. This weekend a "
        "memorial cruise is due to reach the site, and this week the museum opens."
    )
    found = values(text, date(2012, 4, 13), "narrative")
    assert (found["This weekend"], found["this week"]) == ("2012-W15-WE", "2012-W15")


def test_today_in_a_story_is_the_writers_day_when_it_holds_an_occasion() -> None:
    text = (
        "Florence Nightingale died on 13 August 1910. Today marks the centenary of her death. Today "
        "her statue stands in London, and nurses keep the anniversary every year. Yesterday's service "
        "was full."
    )
    found = [(t.text, t.value) for t in timeline.tag(text, date(2010, 8, 13), "narrative")]
    assert [found[i] for i in (1, 2, 4)] == [
        ("Today", "2010-08-13"),
        ("Today", "PRESENT_REF"),
        ("Yesterday", "2010-08-12"),
    ]
    plans = (
        "Bulgaria was freed on 3 March 1878. Today the flag flies over the pass, and today crowds are "
        "expected there. Today the presidents are due to visit. Today marks 137 years since the treaty, "
        "and the pass is a museum."
    )
    found = [(t.text, t.value) for t in timeline.tag(plans, date(2015, 3, 3), "narrative")]
    assert [value for text, value in found if text.lower() == "today"] == [
        "PRESENT_REF",  # a state, whatever the clause after it tells
        "2015-03-03",  # a plan
        "2015-03-03",
        "2015-03-03",  # years since an event: an anniversary
    ]
    ages = (  # an occasion the verb just before tells; not a verb farther back in the sentence
        "Marilyn Monroe was born on 1 June 1926. She would have turned 87 today. Franco turned south to "
        "Toledo in September 1936, a decision still debated today."
    )
    found = [(t.text, t.value) for t in timeline.tag(ages, date(2013, 6, 1), "narrative")]
    assert [value for text, value in found if text == "today"] == ["2013-06-01", "PRESENT_REF"]
    union = "The union was dissolved on 7 June 1905. Today, 110 years after the resolution, it is remembered."
    assert values(union, date(2015, 6, 7), "narrative")["Today"] == "2015-06-07"  # a count of years after
    standing = (  # not a count told as no anniversary
        "Sutro sold out in 1894. Today the portal still stands near Dayton, more than 130 years after the "
        "breakthrough."
    )
    assert values(standing, date(2010, 9, 14), "narrative")["Today"] == "PRESENT_REF"
    kept = (  # a habit told aside ("as they do each year") leaves it this year's; told of the day, any day's
        "Charles I was beheaded on 30 January 1649. Today, 370 years after the execution, admirers will lay "
        "a wreath, as they do each year. Today, more than 180 years after his death, the Ninth is performed "
        "every December."
    )
    found = [(t.text, t.value) for t in timeline.tag(kept, date(2019, 1, 30), "narrative")]
    assert [value for text, value in found if text == "Today"] == ["2019-01-30", "PRESENT_REF"]
    quoted = 'The ship sailed on 10 April 1912. "We leave tomorrow," he wrote.'
    assert values(quoted, date(2012, 4, 13), "narrative")["tomorrow"] == "1912-04-11"
    monument = "The Mongols were driven back in 1286. Today a memorial park stands near the battlefield."
    assert values(monument, date(2013, 4, 11), "narrative")["Today"] == "PRESENT_REF"  # a memorial is a thing


def test_today_in_a_story_is_the_writers_day_when_its_clause_looks_ahead_or_counts_years_to_it() -> None:
    text = (
        "The pit disaster of 6 July 1988 killed 167 men. Families will gather at the memorial today. "
        "The colliery is a museum today. It is four hundred years today since the uprising began, and "
        "the pilgrims sailed exactly 220 years before today."
    )
    found = [(t.text, t.value) for t in timeline.tag(text, date(2013, 7, 6), "narrative")]
    assert [value for text, value in found if text == "today"] == [
        "2013-07-06",  # a gathering to come
        "PRESENT_REF",  # a state
        "2013-07-06",  # a count of years up to it
        "2013-07-06",
    ]


def test_a_weekday_of_an_anniversary_in_a_storys_last_lines_is_of_the_time_of_writing() -> None:
    text = (
        "Saigon fell on 30 April 1975. The last troops had left in 1973. Vietnam celebrates the day "
        "every 30 April. The fortieth anniversary falls on Thursday. Thursday marked 40 years since "
        "the fall.\n\nOn 29 April 1975 the helicopters came. On Friday he attended a memorial service."
    )
    found = [(t.text, t.value) for t in timeline.tag(text, date(2015, 4, 28), "narrative")]
    assert [value for words, value in found if words in ("Thursday", "Friday")] == [
        "2015-04-30",  # an anniversary: the week of writing, in the tense told
        "2015-04-23",  # years since an event, told in the past
        "1975-05-02",  # a memorial service the story tells
    ]


def test_an_age_is_a_length_in_a_story_and_nothing_in_news() -> None:
    text = "In 1886, when she was eighteen years old, she married."
    assert values(text, date(2012, 1, 1), "narrative")["eighteen years old"] == "P18Y"
    assert list(values(text, date(2012, 1, 1), "news")) == ["1886"]  # TimeBank leaves ages untagged
    text = "In 1787 the 16-year-old went to Vienna with a baby nine weeks old."
    found = values(text, date(2012, 1, 1), "narrative")
    assert (found["16-year-old"], found["nine weeks old"]) == ("P16Y", "P9W")
    assert list(values(text, date(2012, 1, 1), "news")) == ["1787"]
    text = "In 1856 he went to France at the age of fourteen."
    assert values(text, date(2012, 1, 1), "narrative")["the age of fourteen"] == "P14Y"
    assert list(values(text, date(2012, 1, 1), "news")) == ["1856"]


def test_news_narrating_a_day_long_past_goes_on_from_it() -> None:
    text = (
        "Ukraine will mark the anniversary Friday. The explosion came at 1:23 a.m. on April 26, 1986. "
        "In Pripyat that Saturday passed normally. The next day the order came. The world learned of it "
        "only on Monday morning. On May Day thousands marched, and the zone was evacuated in early May."
    )
    found = values(text, date(1996, 4, 25), "news")
    assert found["Friday"] == "1996-04-26"
    assert [found[e] for e in ("that Saturday", "The next day", "Monday morning")] == [
        "1986-04-26",
        "1986-04-27",
        "1986-04-28TMO",
    ]
    assert (found["May Day"], found["early May"]) == ("1986-05-01", "1986-05")
    # a day long past told with its year is recalled, not narrated: the news stays in its week
    recalled = (
        "Comparisons with Oct. 19, 1987, when the Dow lost 508 points, filled the airwaves Monday night."
    )
    assert values(recalled, date(1997, 10, 28), "news")["Monday night"] == "1997-10-27TNI"
    # and so does a clock time told on it
    recalled = (
        "Not since the earthquake of April 18, 1906, which struck at 5:12 a.m., has the region been hit "
        'so hard. "It felt like the building was coming apart," said a clerk working late Tuesday.'
    )
    assert values(recalled, date(1989, 10, 19), "news")["late Tuesday"] == "1989-10-17"
    assert "that Friday" not in values("He said that Friday was hard.", date(1997, 10, 28), "news")
    # nor does a plan of the report's: "The county board meets Nov. 16 to certify the results"
    plan = (
        "Bush won on Nov. 2, 2004, and Kerry conceded the next day. The board meets Nov. 16 to "
        "certify the results."
    )
    assert values(plan, date(2006, 11, 7), "news")["Nov. 16"] == "2006-11-16"
    # "that Monday" is the Monday told last, though other dates came since
    crash = (
        "Ten years ago today the Dow lost 508 points. By August 1987 it had tripled. That Monday came hard."
    )
    assert values(crash, date(1997, 10, 19), "news")["That Monday"] == "1987-10-19"
    # the news comes back to the present: its weekdays are the report's again
    back = (
        "London won the Games on July 6, 2005. The next day, bombers struck. Fears resurfaced earlier "
        "this month, and Romney irritated his hosts on Thursday."
    )
    assert values(back, date(2012, 7, 27), "news")["Thursday"] == "2012-07-26"


def test_clock_times_told_in_the_past_after_an_attribution_on_the_report_s_day_are_the_day_before() -> None:
    crash = (
        "A commuter plane crashed late Tuesday near the airport, killing 11, police said today.\n\n"
        "The flight left Albany at 5:58 p.m. and lost radio contact at 6:42 p.m."
    )
    found = values(crash, date(1990, 11, 14), "news")
    assert (found["5:58 p.m."], found["6:42 p.m."]) == ("1990-11-13T17:58", "1990-11-13T18:42")
    update = "The strike began Monday, the union said today.\n\nUpdate, 5:15 p.m.: Talks resumed."
    assert values(update, date(2023, 1, 17), "news")["5:15 p.m."] == "2023-01-17T17:15"  # a live stamp


def test_a_count_back_in_news_leaves_a_day_to_come_told_before_a_new_paragraph() -> None:
    text = (
        "Bars will close on Boxing Day.\n\nThe province reported 1,074 new cases, down 12% from a week "
        "earlier."
    )
    assert values(text, date(2021, 11, 29), "news")["a week earlier"] == "2021-W47"


def test_clock_times_told_ahead_keep_the_day_to_come_past_a_day_of_the_report() -> None:
    race = (
        "More than 14,000 runners are expected at the marathon on Sunday, and organizers spent Thursday "
        "reminding them of the new course.\n\nThe wheelchair division will go off at 6:50 a.m."
    )
    assert values(race, date(2004, 10, 8), "news")["6:50 a.m."] == "2004-10-10T06:50"
    eclipse = (  # two paragraphs on, past a comparison with a day long gone
        "DALLAS -- Millions are getting ready for Monday, when the moon will slide in front of the sun."
        "\n\nThe eclipse will be the first visible since August 21, 2017, and the last until 2044."
        "\n\nHere in Dallas, the sky will go dark at 1:40 p.m."
    )
    assert values(eclipse, date(2024, 4, 5), "news")["1:40 p.m."] == "2024-04-08T13:40"


def test_a_year_counted_back_is_the_story_year_of_the_days_after_it() -> None:
    titanic = (
        "A century ago the Titanic sank on her maiden voyage.\n\nThe Titanic left Southampton at noon on "
        "Wednesday, 10 April."
    )
    assert values(titanic, date(2012, 4, 14), "narrative")["Wednesday, 10 April"] == "1912-04-10"
    fleming = (  # its day too, when years are counted back to it
        "Eighty years ago today, a Scottish bacteriologist returned from holiday to an untidy bench.\n\n"
        "Alexander Fleming had spent August with his family in Suffolk."
    )
    assert values(fleming, date(2008, 9, 3), "narrative")["August"] == "1928-08"
    madrid = "Seventy years ago this week, Madrid seemed lost. Franco's columns had advanced in October."
    assert values(madrid, date(2006, 11, 7), "narrative")["October"] == "1936-10"  # or its week


def test_a_text_that_opens_with_centuries_counted_back_is_a_story_of_that_time() -> None:
    text = (
        "A century ago this week, the guns of the new army opened fire on the Four Courts.\n\nThe "
        "building had been held since 14 April. The general election of 16 June went ahead, and the "
        "bombardment began on Wednesday, 28 June."
    )
    assert detect_mode(text, date(2022, 6, 27)) == "narrative"
    assert values(text, date(2022, 6, 27), "auto")["Wednesday, 28 June"] == "1922-06-28"


def test_clock_times_under_a_day_told_alone_on_its_line_are_on_that_day() -> None:
    log = (
        "The fire had burned 18,000 acres by Monday morning.\n\nFRIDAY, AUG. 12\n\n2:17 p.m. — A driver "
        "reports smoke.\n\n3:55 p.m. — Deputies order residents to leave."
    )
    found = values(log, date(2022, 8, 15), "news")
    assert (found["2:17 p.m."], found["3:55 p.m."]) == ("2022-08-12T14:17", "2022-08-12T15:55")


def test_news_tags_the_length_a_counted_date_is_told_by() -> None:
    text = "Lee surrendered on April 9, 1865. Five days later Lincoln was shot."
    assert values(text, date(2020, 1, 1), "news")["Five days"] == "P5D"  # as TimeBank tags it


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The battle was fought from July 1 to July 3, 1863.", "July 1", "1863-07-01"),
        (
            "In the winter of 1862 the army rested. The following spring it marched.",
            "The following spring",
            "1863-SP",
        ),
        (
            "The plant opened on March 3, 1990. The previous Friday a fire broke out.",
            "The previous Friday",
            "1990-03-02",
        ),
    ],
)
def test_with_no_dct_words_that_count_from_the_text_still_count(
    text: str, expression: str, value: str
) -> None:
    assert detect_mode(text, None) == "news"  # one year told: nothing says it is a story
    assert values(text, None, "auto")[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("On 6 June 1944 troops landed. Later that month Cherbourg fell.", "Later that month", "1944-06"),
        (
            "On 6 June 1944 troops landed. Earlier that morning, gliders came.",
            "Earlier that morning",
            "1944-06-06TMO",
        ),
        # a decade told moves the story: "the following decade" is the 1970s, not the 1920s
        (
            "The ship sank in 1912. During the 1960s the city grew. The following decade was calm.",
            "The following decade",
            "197",
        ),
        # decades counted on move it by their years: 1850 + two decades, then a year on
        (
            "The city was founded in 1850. Two decades later it fell; the next year it rose.",
            "the next year",
            "1871",
        ),
    ],
)
def test_the_story_told_so_far_anchors_what_follows(text: str, expression: str, value: str) -> None:
    assert values(text, date(2020, 1, 1), "narrative")[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # "ago" counts from the time of writing, even in a story
        ("The town was founded in 1850 on walls built 2,000 years ago.", "2,000 years ago", "0024"),
        # so do "this", "next", "last" where the clause is not told in the past ...
        ("Paris was host in 1900 and 1924. It will be host again this summer.", "this summer", "2024-SU"),
        # ... while in the past they go on from the story's year
        ("The treaty was signed in 1919, and next year the delegates met again.", "next year", "1920"),
        # "now" tells the present, whatever verb came before
        (
            "Twelve astronauts walked on the Moon between 1969 and 1972. No one has returned since, but "
            "several nations now plan crewed landings for later this decade.",
            "this decade",
            "202",
        ),
        # "this" and "last" count from the time of writing all the same
        (
            "Digs have been held every summer since 1952. This summer the team uncovered a mosaic.",
            "This summer",
            "2024-SU",
        ),
        ("The town was rebuilt in 1937. Its last survivor died last year.", "last year", "2023"),
    ],
)
def test_words_of_the_present_in_a_story(text: str, expression: str, value: str) -> None:
    assert values(text, date(2024, 5, 1), "narrative")[expression] == value


@pytest.mark.parametrize(
    ("expression", "value"),
    [
        ("The next day", "BC0044-03-16"),
        ("That summer", "BC0044-SU"),
        ("The following spring", "BC0041-SP"),  # the spring after 42 BC, two years after that summer
    ],
)
def test_a_story_before_the_common_era_counts_from_its_dates(expression: str, value: str) -> None:
    text = (
        "Caesar was killed on 15 March 44 BC. The next day the senate met. That summer Octavian "
        "arrived. Two years later the triumvirs fought. The following spring, peace came."
    )
    assert values(text, None, "auto")[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("He arrived on 3 May 1920. The day before, troops had gathered.", "The day before", "1920-05-02"),
        ("He arrived on 3 May 1920. The night before, it had rained.", "The night before", "1920-05-02TNI"),
        ("The war ended in 1918. In the decade that followed, the economy boomed.", "the decade", "192"),
        ("The war ended in 1918. The year after, prices fell.", "The year after", "1919"),
        # a season after or before a year told: the one of the year after (before); a winter is
        # named by the year it begins in
        ("Elected praetor in 69 BC, he was sent out the next spring.", "the next spring", "BC0068-SP"),
        (
            "After the harvest of 1788, bread prices rose all through the following winter.",
            "the following winter",
            "1788-WI",
        ),
    ],
)
def test_a_unit_before_or_after_is_next_to_the_last_date_told(text: str, expression: str, value: str) -> None:
    assert values(text, date(2020, 1, 1), "narrative")[expression] == value


@pytest.mark.parametrize(
    ("expression", "value"),
    [
        ("Candlemas 1198", "1198-02-02"),
        ("Whit Sunday", "1209-05-17"),  # Pentecost of the Julian Easter, 29 March 1209
        ("St Lawrence's Day", "1209-08-10"),
    ],
)
def test_feast_days(expression: str, value: str) -> None:
    text = (
        "A truce sealed at Candlemas 1198 held. In the spring of 1209 the king fell ill, and on Whit "
        "Sunday he was too weak to wear his crown. He died on St Lawrence's Day."
    )
    assert values(text, date(2019, 8, 15), "narrative")[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a story goes forward into the next year rather than back most of one ...
        (
            "The ship left Buenos Aires on Sunday 4 December 1910. On the morning of 12 January the "
            "party left the ship. The next day a blizzard pinned them down.",
            "The next day",
            "1911-01-13",
        ),
        ("That winter of 1942 was bitter. In February the siege was lifted.", "February", "1943-02"),
        # ... but a little way back is nearer than a year on, and a flashback goes back
        ("On 6 June 1944 troops landed. Rommel had left on 4 June for Germany.", "4 June", "1944-06-04"),
        (
            "On 5 September 1859 Brunel suffered a stroke. The ship had been launched on 31 January.",
            "31 January",
            "1859-01-31",
        ),
        ("On 5 March 1912 the ship sailed. She had been launched on 31 May.", "31 May", "1911-05-31"),
        # ... and a day told later in the year stays in it, though the year before is nearer
        (
            "Gonzalo broke the French at Cerignola on 28 April 1503, and on 29 December he crossed the "
            "Garigliano.",
            "29 December",
            "1503-12-29",
        ),
        # ... but only days ahead, the story has moved on since the day it last told
        (
            "The deadline expired on Wednesday, 11 October 1899, and the next morning commandos crossed "
            "the border. Within a month three towns were under siege. Mafeking had been cut off since "
            "13 October.",
            "13 October",
            "1899-10-13",
        ),
        # "by" a date with "had" is no flashback: the deed was done by then
        (
            "The first cases were recorded on 12 July 1832. The disease had spread, and by the end of "
            "September 214 people had died.",
            "the end of September",
            "1832-09",
        ),
        # ... and it may lie either way: the nearer one
        (
            "A relief force reached Khe Sanh on 8 April 1968. The offensive had been crushed by the end of "
            "February.",
            "the end of February",
            "1968-02",
        ),
        # a year that opens the sentence, counted on or not, is the year of its day
        (
            "In 1012 Leinster revolted. The next year Brian besieged Dublin from 9 September until "
            "Christmas.",
            "9 September",
            "1013-09-09",
        ),
        # a lead tells the story's end; the body then starts from its beginning, the nearer way
        (
            "The siege ended on 13 September 1759 with the fall of the town.\n\nThe fleet reached the "
            "river in late June, and troops landed on 27 June.",
            "27 June",
            "1759-06-27",
        ),
        (
            "Sputnik 1 fell from orbit on 4 January 1958.\n\nA month after the first launch, on 3 "
            "November, Sputnik 2 carried a dog.",
            "3 November",
            "1957-11-03",
        ),
    ],
)
def test_a_month_or_day_with_no_year_in_a_story(text: str, expression: str, value: str) -> None:
    assert values(text, date(2021, 3, 1), "narrative")[expression] == value


def test_a_year_after_a_heading_and_a_year_a_text_is_dated() -> None:
    text = (
        "The 1957 expedition\n\nThe 1957 Tarbong Kangri expedition was a British climb. The hospital's "
        "charter, dated 1164, survives."
    )
    found = [t.text for t in timeline.tag(text, date(2021, 3, 1), "narrative")]
    assert found == ["1957", "1957", "1164"]


@pytest.mark.parametrize(
    ("expression", "value"),
    [
        ("the Kalends of January 64 BC", "BC0064-01-01"),
        ("the Nones of December", "BC0063-12-05"),
        ("the Ides of March 44 BC", "BC0044-03-15"),  # the 15th in March, May, July, October
        # days before a named day, counted with it as the Romans counted
        ("the third day before the Ides of March", "BC0044-03-13"),
        ("the ninth day before the Kalends of September", "BC0044-08-24"),
    ],
)
def test_roman_days(expression: str, value: str) -> None:
    text = (
        "He entered office on the Kalends of January 64 BC. In 63 BC he backed Cicero, and on the "
        "Nones of December he spoke. He returned after the Ides of March 44 BC, though on the third day "
        "before the Ides of March he had dined with Lepidus. On the ninth day before the Kalends of "
        "September the will was read."
    )
    assert values(text, date(2019, 8, 15), "narrative")[expression] == value


def test_a_roman_day_in_lower_case_as_scholars_write_it() -> None:
    text = "In 63 BC Cicero was consul. The conspirators met on the sixth day before the ides of November."
    found = values(text, date(2015, 6, 8), "narrative")
    assert found["the sixth day before the ides of November"] == "BC0063-11-08"


@pytest.mark.parametrize(
    ("expression", "value"),
    [
        ("9 Thermidor Year II", "1794-07-27"),  # its year told: the Gregorian day it was
        ("22 Prairial", "1794-06-10"),  # no year: the one nearest the story's day
        ("18 Brumaire", "1799-11-09"),  # the year its sentence goes on to give, not the story's 1798
        ("the afternoon of 19 Brumaire", "1799-11-10TAF"),  # in a story told to the year: in that year
        ("11 Frimaire of the Year XIV", "1805-12-02"),
    ],
)
def test_french_republican_days(expression: str, value: str) -> None:
    text = (
        "Robespierre fell on 9 Thermidor Year II, seven weeks after the law of 22 Prairial. Bonaparte "
        "sailed for Egypt in 1798 and took power in the coup of 18 Brumaire (9 November 1799). In 1799 "
        "the councils had met at Saint-Cloud on the afternoon of 19 Brumaire. He beat the Austrians and "
        "Russians at Austerlitz on 11 Frimaire of the Year XIV."
    )
    assert values(text, date(2014, 6, 2), "narrative")[expression] == value


def test_a_french_republican_day_that_names_an_event_does_not_move_the_story() -> None:
    text = (
        "By 1799 the Directory was weakened by purges such as the coup of 18 Fructidor Year V and the "
        "coup of 30 Prairial Year VII. Sieyès, elected a Director in May 1799, wanted a general. "
        "Bonaparte, who had left Egypt on 23 August, landed at Fréjus on 9 October."
    )
    assert values(text, date(2014, 6, 2), "narrative")["9 October"] == "1799-10-09"


def test_a_french_republican_day_far_from_the_story_has_no_year() -> None:
    text = "Schoolchildren still learn about the coup of 18 Brumaire, the film's director said on Monday."
    assert values(text, date(2019, 3, 6), "news")["18 Brumaire"] == "XXXX-XX-XX"


def test_a_date_after_a_participle_that_qualifies_a_noun_is_an_aside() -> None:
    text = (
        "An earthquake struck on 5 February AD 62, and 17 years later the rebuilding was unfinished. "
        "Pliny described it in letters written about AD 106. On 24 August the cloud rose."
    )
    found = values(text, date(2012, 8, 24), "narrative")
    assert found["24 August"] == "0079-08-24"  # the story stays in 79
    told = "The letters were written in AD 106. On 24 August he sent them."
    assert values(told, date(2012, 8, 24), "narrative")["24 August"] == "0106-08-24"


def test_a_day_with_no_year_goes_forward_unless_far_nearer_back() -> None:
    text = (
        "Essex rose on Sunday, 8 February 1601 and was beheaded seventeen days later. On 30 November "
        "she spoke."
    )
    assert values(text, date(2013, 3, 24), "narrative")["30 November"] == "1601-11-30"


def test_a_wrong_weekday_in_a_modern_text_is_no_julian_calendar() -> None:
    text = "The fair opened on Monday 22 August 2010. It closed on Friday 27 August."  # the 22nd was a Sunday
    assert values(text, date(2012, 1, 1), "narrative")["Friday 27 August"] == "2010-08-27"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a participle that opens its sentence
        (
            "The Bastille fell on Tuesday, 14 July 1789. Built in the 1370s, it held seven prisoners that "
            "day. On 17 June the Assembly had met.",
            "that day",
            "1789-07-14",
        ),
        # the present perfect with "since": the present's
        (
            "The Bastille fell on 14 July 1789, and 14 July has been the national holiday since 1880. "
            "The Estates-General had opened on 5 May.",
            "5 May",
            "1789-05-05",
        ),
        (  # also when "Since" and the year open the sentence
            "The work ended on 25 June 1839. Since 1988 the United Nations has marked every 26 June as a "
            "day against drugs.\n\nOn 7 July a brawl broke out.",
            "7 July",
            "1839-07-07",
        ),
        # the past perfect with "since": a state begun before the story
        (
            "Saint-Pierre was destroyed on 8 May 1902. Pelee had been quiet for about half a century, since "
            "a small eruption in 1851. In late April ash began to fall.",
            "late April",
            "1902-04",
        ),
        # a clause about something else
        (
            "The fire began on Sunday, 2 September 1666 in the Julian calendar, which England kept until "
            "1752. By Monday it had reached the Exchange.",
            "Monday",
            "1666-09-03",
        ),
        # a later year a thing waited until, at its clause's end: no date to count from ...
        (
            "On Friday, 18 February 1853, the emperor was stabbed. His brother began a collection for a "
            "church, which was not consecrated until 1879.\n\nThe following year the emperor married.",
            "The following year",
            "1854",
        ),
        # ... and so is one a sentence opens with "Not until"
        (
            "On Monday 26 April 1937 bombers attacked Guernica. Not until 1997, sixty years after the "
            "attack, did a German head of state apologise. Picasso had been commissioned in January.",
            "January",
            "1937-01",
        ),
        # ... and so is what did not happen again until then, whatever follows
        (
            "On 4 January 1642 the king entered the Commons. Six days later he left Whitehall, and he did "
            "not see his capital again until January 1649, when he returned as a prisoner. Parliament "
            "passed its ordinance in early March.",
            "early March",
            "1642-03",
        ),
        # ... but the time of what follows it
        (
            "Spain changed on Thursday, 4 October 1582. Britain waited until 1752, when Wednesday 2 "
            "September was followed by Thursday 14 September.",
            "Wednesday 2 September",
            "1752-09-02",
        ),
        # a relative clause's year before every year told: "the boom that began in 1930", in 1937
        (
            "Seventy-five years ago today, in March 1937, a gas explosion destroyed the school. The "
            "district had grown rich from the oil boom that began in 1930. Since January, the school "
            "had been drawing free gas from a nearby plant.",
            "January",
            "1937-01",
        ),
        # a day a state began, before the story's day, is no day the story goes back to
        (
            "On Saturday 15 June 1381 the king heard mass. The rebels were in the city since Thursday. "
            "The royal party drew up in the late afternoon.",
            "the late afternoon",
            "1381-06-15TAF",
        ),
    ],
)
def test_asides_leave_the_story_where_it_was(text: str, expression: str, value: str) -> None:
    assert values(text, date(2012, 1, 1), "narrative")[expression] == value


def test_a_weekday_set_beside_a_week_just_told_is_that_weeks() -> None:
    text = (
        "The fire began on Saturday, 9 November 1872. Earlier that week, on Tuesday, voters had returned "
        "Grant to office. The court reconvened after the weekend, on Monday."
    )
    found = values(text, date(2012, 1, 1), "narrative")
    assert (found["Tuesday"], found["Monday"]) == ("1872-11-05", "1872-11-11")


def test_a_year_that_names_an_older_thing_is_no_date_to_count_from() -> None:
    text = (
        "The war began in 1939. On Sunday, 26 November shells fell on Mainila; Moscow renounced the "
        "non-aggression pact of 1932 two days later."
    )
    assert values(text, date(2012, 11, 30), "narrative")["two days later"] == "1939-11-28"
    veterans = (
        "The expedition sailed in 1860. On the night of 5-6 May volunteers, many of them veterans of 1848, "
        "embarked at Quarto. The ships put in on 7 May."
    )
    assert values(veterans, date(2010, 5, 11), "narrative")["7 May"] == "1860-05-07"
    law = (
        "On April 15, 1861, Lincoln called up 75,000 militia, since a law of 1795 allowed no more. "
        "Virginia voted to secede two days later."
    )
    assert values(law, date(2006, 4, 12), "narrative")["two days later"] == "1861-04-17"
    convention = (  # a story on a month: the thing named by an older year is passed by all the same
        "In the spring of 1894 the rebellion spread. China sent troops in early June, and Japan, citing "
        "the Tianjin Convention of 1885, landed a larger force. On 23 July troops occupied the palace."
    )
    assert values(convention, date(2015, 4, 17), "narrative")["23 July"] == "1894-07-23"
    war = (  # or by years
        "In the summer of 1185 King William launched his attack, the largest since Robert Guiscard's war "
        "of 1081-1085. His fleet crossed the Adriatic in June."
    )
    assert values(war, date(2025, 8, 29), "narrative")["June"] == "1185-06"
    crusaders = (  # a plural's possessive among its words
        "On 2 October 1187 Saladin took Jerusalem. A week later Muslims prayed there for the first time "
        "since the crusaders' conquest of 1099. The pope died on 20 October."
    )
    assert values(crusaders, date(2024, 1, 16), "narrative")["20 October"] == "1187-10-20"
    instrument = (  # a name with "of" inside it, after a word that qualifies it
        "The victory of the Whites in May 1918 left power to conservatives. The monarchists turned to the "
        "Swedish-era Instrument of Government of 1772, which had never been repealed, and on 9 October "
        "parliament elected a king."
    )
    assert values(instrument, date(2022, 2, 14), "narrative")["9 October"] == "1918-10-09"
    later = "On 29 September 1228 the army landed. The campaign of 1229 lasted through the summer."
    assert values(later, date(2012, 11, 30), "narrative")["the summer"] == "1229-SU"  # the story's next year


def test_a_year_of_an_era_restating_the_day_told_keeps_the_story_on_that_day() -> None:
    text = (
        "The fleet left Korea on 2 November 1274, in the eleventh year of Bun'ei. Two days later it struck."
    )
    found = values(text, date(2012, 1, 1), "narrative")
    assert (found["the eleventh year of Bun'ei"], found["Two days later"]) == ("1274", "1274-11-04")


def test_the_second_of_two_numbers_is_a_year_only_when_a_word_introduces_the_first() -> None:
    text = "Apollo 11 landed on 20 July 1969. Alarms coded 1202 and 1201 sounded. On 21 July it left."
    found = values(text, date(2012, 1, 1), "narrative")
    assert "1201" not in found and found["21 July"] == "1969-07-21"
    assert values("It was built from 1509 to 1547.", date(2012, 1, 1), "narrative")["1547"] == "1547"


def test_a_range_that_opens_the_story_may_close_past_an_aside() -> None:
    text = (
        "The Reformation is dated from 1517, when Luther published his theses, to the Peace of Augsburg "
        "of 1555. Tetzel had been selling indulgences since the spring."
    )
    assert values(text, date(2012, 1, 1), "narrative")["the spring"] == "1517-SP"


def test_a_year_that_frames_a_superlative_is_an_aside() -> None:
    text = (
        "The war began in October 1912. Lule Burgas was the largest battle fought in Europe between "
        "1871 and 1914. Salonika fell on 8 November."
    )
    found = values(text, date(2009, 10, 8), "narrative")
    assert (found["1914"], found["8 November"]) == ("1914", "1912-11-08")


def test_a_story_at_the_start_of_the_calendar_keeps_its_dates() -> None:
    text = "On 3 January AD 1 he left. On 30 December he returned; on 2 January they met."
    assert values(text, date(2013, 3, 22), "narrative")["30 December"] == "0001-12-30"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a feast goes on into the next year as a day does ...
        (
            "On December 31, 1863 Pendleton reported. New Year's Day brought a hard freeze. In late "
            "January he crossed the river.",
            "New Year's Day",
            "1864-01-01",
        ),
        # ... but "that" keeps it in the year told
        (
            "Berengar was crowned on 29 March 1187. That Christmas he held his first council.",
            "That Christmas",
            "1187-12-25",
        ),
        ("A fair was held there every Midsummer Day until the 1500s.", "every Midsummer Day", "XXXX-06-24"),
    ],
)
def test_feasts_in_a_story(text: str, expression: str, value: str) -> None:
    assert values(text, date(2010, 6, 1), "narrative")[expression] == value


def test_military_clock_times() -> None:
    text = (
        "The first wave crossed the reef at 0630 on Monday, 31 January 1944. The counter-attack came "
        "at 0200 and again at 2100 hours. Output fell back to 2010 levels."
    )
    found = values(text, date(2010, 6, 1), "narrative")
    assert (found["0630"], found["0200"], found["2100 hours"]) == (
        "1944-01-31T06:30",
        "1944-01-31T02:00",
        "1944-01-31T21:00",
    )


def test_decades_before_the_common_era() -> None:
    text = "In the 350s BC he left Song, and in the 290s BC he withdrew to a farm."
    found = values(text, date(2016, 3, 1), "narrative")
    assert (found["the 350s BC"], found["the 290s BC"]) == ("BC035", "BC029")


def test_the_following_weekday_is_counted_in_the_text_s_calendar() -> None:
    text = (
        "Mary landed at Leith on the morning of Tuesday 19 August 1561. On her first Sunday at "
        "Holyrood, 24 August, a Mass provoked a riot. The next day a proclamation was read. The "
        "following Sunday John Knox preached against the Mass."
    )
    assert values(text, date(2013, 10, 20), "narrative")["The following Sunday"] == "1561-08-31"


def test_a_year_after_the_time_of_writing_is_no_date_the_story_goes_to() -> None:
    text = (
        "On 16 August 1945 the leaders were brought back to Jakarta. The text was typed using the year "
        "2605 of the Japanese imperial calendar. It was finished in the small hours of 17 August. "
        "Halley's Comet is expected back in 2061. In September the Dutch returned."
    )
    found = values(text, date(2010, 8, 20), "narrative")
    assert found["the small hours of 17 August"] == "1945-08-17"
    assert found["September"] == "1945-09"  # the story's, not 2061's


def test_years_of_three_digits_in_a_story_of_the_middle_ages() -> None:
    text = (
        "The Mongols took Baghdad in 1258. It had been the Abbasid capital since it was founded in 762, "
        "and under Harun al-Rashid (786\u2013809) it flourished. A fleet of 300 ships came. The Danes "
        "spent the winter of 867\u2013868 at Nottingham."
    )
    found = values(text, date(2008, 2, 10), "narrative")
    assert (found["762"], found["786"], found["809"]) == ("0762", "0786", "0809")
    assert "300" not in found and "868" not in found  # things counted; a winter told by its first year
    modern = "The treaty was signed in 1919. The delegates met in 762 on the second floor."  # a room
    assert "762" not in values(modern, date(2008, 2, 10), "narrative")


def test_decades_of_the_first_millennium_in_a_text_that_dates_by_eras() -> None:
    text = (  # after a year of the Common Era: a decade right after a BCE one would be BCE too
        "The city was founded in 688 BC. It fell to the Arabs in AD 641; raids in the 650s reduced it; "
        "men in their 50s left."
    )
    found = values(text, date(2018, 9, 10), "narrative")
    assert found["the 650s"] == "065" and "50s" not in found


def test_years_of_two_digits_after_a_season_or_a_modifier_in_a_text_that_dates_by_eras() -> None:
    text = (
        "Pompey took Jerusalem in 63 BC. The revolt broke out in the summer of 66, and by the end of 67 "
        "Galilee was lost. In the late summer of 83 Agricola won. The summer of 66 was hot in London."
    )
    found = {t.text: (t.value, t.mod) for t in timeline.tag(text, date(2011, 3, 14), "narrative")}
    assert found["the summer of 66"] == ("0066-SU", None)
    assert found["the end of 67"] == ("0067", "END")
    assert found["the late summer of 83"] == ("0083-SU", "END")  # the article too, as in "the late 1970s"
    modern = "The summer of 66 was hot in London, and the late afternoon was cool."
    assert [t.text for t in timeline.tag(modern, date(2011, 3, 14), "narrative")] == [
        "The summer",
        "the late afternoon",
    ]


def test_a_day_late_in_a_month_told_again_stays_on_its_year() -> None:
    text = (
        "It was launched on 31 December 1944. On 30 December, the division was ordered north. By the "
        "evening of 30 December its front was thin."
    )
    assert values(text, date(2012, 1, 15), "narrative")["the evening of 30 December"] == "1944-12-30TEV"


def test_a_weekday_with_its_day_finds_the_story_year() -> None:
    text = (
        "The April Days were a revolt in Velmar in 1848. The harvest of 1847 had failed, and bread "
        "prices had doubled since the previous autumn.\n\nSunday, 9 April\n\nThat morning a crowd gathered."
    )
    found = values(text, date(2015, 11, 20), "narrative")
    assert found["Sunday, 9 April"] == "1848-04-09" and "April" not in found  # "The April Days": a name


def test_a_title_held_of_a_place_named_like_a_month_is_no_month() -> None:
    text = (
        "In the autumn of 1459 the Yorkists fled: York to Ireland, his son Edward, Earl of March, to "
        "Calais. A parliament met at Coventry on 20 November."
    )
    found = values(text, date(2015, 11, 20), "narrative")
    assert found["20 November"] == "1459-11-20" and "March" not in found


def test_an_age_is_no_year() -> None:
    text = "He stood for the consulship in 65 BC and entered office at the age of 42."
    assert "42" not in values(text, date(2019, 8, 15), "narrative")


def test_a_unit_before_an_event_is_not_counted_from_the_last_date() -> None:
    text = "He arrived on 3 May 1920. The day before the election, troops had gathered."
    assert "The day before" not in values(text, date(2020, 1, 1), "narrative")


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Between 1503 and 1506 he painted the Mona Lisa.", "1503", "1503"),
        ("In the 1490s he filled notebooks.", "the 1490s", "149"),
        ("During 1348 the plague reached the city.", "1348", "1348"),
    ],
)
def test_years_and_decades_before_1800(text: str, expression: str, value: str) -> None:
    assert values(text, date(2020, 1, 1), "auto")[expression] == value


def test_the_next_year_of_a_story_is_no_word_of_the_time_of_writing() -> None:
    text = (
        "The firm was founded on April 1, 1976 and incorporated the following January. In 1984 it "
        "launched its computer; the next year its founder was forced out. He returned in 1997."
    )
    assert detect_mode(text, None) == "narrative"  # "next year" counts from now, "the next year" does not
    found = values(text, None, "auto")
    assert (found["the following January"], found["the next year"]) == ("1977-01", "1985")


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Leonardo da Vinci (1452\u20131519) was a painter.", ["1452", "1519"]),
        ("The war of 1618-1648 devastated Germany.", ["1618", "1648"]),
        ("Churchill (1874 \u2013 1965) led Britain.", ["1874", "1965"]),
        ("Between 1500-2000 people came.", []),  # an amount of people
        ("Call 1234-5678 for tickets.", []),  # no span of years
    ],
)
def test_a_span_of_years_is_two_dates(text: str, years: list[str]) -> None:
    assert list(values(text, date(2020, 1, 1), "auto").values()) == years


def test_a_clock_time_of_a_day_told_after_it() -> None:
    text = "In October 1492 the crew was restless. At two o'clock in the morning of 12 October land was seen."
    assert values(text, None, "narrative")["two o'clock in the morning"] == "1492-10-12T02:00"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "On Black Tuesday, October 29, 1929, shares were dumped.",
            "Tuesday, October 29, 1929",
            "1929-10-29",
        ),
        (
            "The crash came on 29 October 1929; brokers counted losses late that night.",
            "late that night",
            "1929-10-29TNI",
        ),
        ("The banks nearly failed in the winter of 1932-1933.", "the winter of 1932-1933", "1932-WI"),
        (
            "In 429 BC Pericles died; the plague returned in the winter of 427-426 BC.",
            "the winter of 427-426 BC",
            "BC0427-WI",
        ),
        (
            "In 446 BC a truce was made; it was sworn in the winter of 446/445 BC.",
            "the winter of 446/445 BC",
            "BC0446-WI",
        ),
        ("In 416 BC Melos fell. In the winter of 416/415 envoys came.", "the winter of 416/415", "BC0416-WI"),
        # a season told in the future of the past is a glimpse ahead the story returns from
        (
            "Perry landed on 8 July 1853. He announced he would return for an answer the following "
            "spring, and on 17 July the squadron sailed away.",
            "17 July",
            "1853-07-17",
        ),
        # "the previous year" after a century told in passing counts from the year last told
        (
            "The king landed on 6 July 1630. In the seventeenth century the two calendars were ten days "
            "apart. The king had spent the previous year ending his war with Poland.",
            "the previous year",
            "1629",
        ),
        # a span of three-digit years counted down, in a text of years before the Common Era
        ("In 431 BC war began. The Archidamian War (431–421) came first.", "421", "BC0421"),
        ("In 1961 Kennedy asked for a landing by the end of the decade.", "the end of the decade", "196"),
        ("In 141 BC Wu took the throne; the uprising of 184 ended the dynasty.", "184", "0184"),
    ],
)
def test_more_of_what_histories_write(text: str, expression: str, value: str) -> None:
    assert values(text, date(2022, 9, 15), "narrative")[expression] == value


def test_a_regnal_year_counts_from_where_the_reign_began() -> None:
    reign = (
        "Aldric was crowned in the abbey at Candlemas 1138. In the tenth year of his reign he took the "
        "cross. He died at Michaelmas 1162. His son Raoul was crowned eight days later. In 1170 he built "
        "a palace, and in the twenty-first year of his reign he issued the Assize of Vaunes. The emperor "
        "came to the throne in 141 BC; in the third year of his reign he sent an envoy west."
    )
    found = values(reign, date(2016, 3, 14), "narrative")
    assert found["the tenth year of his reign"] == "1147"
    assert found["the twenty-first year of his reign"] == "1182"  # from 1162, not from 1170
    assert found["the third year of his reign"] == "BC0139"
    assert values("In the fifth year of her reign she married.", None, "narrative") == {
        "the fifth year of her reign": "XXXX"
    }
    # with no start told, a story's regnal year is the year it is in
    story = (
        "Blenheim was fought on 13 August 1704. Queen Anne, then in the third year of her reign, gave thanks."
    )
    assert values(story, date(2016, 3, 14), "narrative")["the third year of her reign"] == "1704"


def test_a_year_with_its_era_before_a_plural_is_still_a_year() -> None:
    found = values("A tribute list of 732 BC names its ruler. In AD 300 soldiers came.", None, "narrative")
    assert found == {"732 BC": "BC0732"}  # "AD 300 soldiers" counts soldiers


def test_a_part_of_a_day_of_the_month_told_of() -> None:
    voyage = "She anchored at Funchal on 17 September 1791 and sailed again on the morning of the 24th."
    assert values(voyage, None, "narrative")["the morning of the 24th"] == "1791-09-24TMO"
    landing = "A team landed on 1 September 1950. On the morning of the 15th it lit the lighthouse."
    assert values(landing, None, "narrative")["the morning of the 15th"] == "1950-09-15TMO"
    early = landing.replace("On the morning", "In the early hours")
    found = {t.text: (t.value, t.mod) for t in tag(early, None, "narrative")}
    assert found["the early hours of the 15th"] == ("1950-09-15", "START")
    court = "The case is heard in the 11th Circuit in May."
    assert "the 11th" not in values(court, date(2000, 3, 29), "news")
    planned = (
        "On 21 December 1808 the hussars routed the cavalry; an attack was set for the morning of the 24th."
    )
    assert values(planned, None, "narrative")["the morning of the 24th"] == "1808-12-24TMO"


def test_a_season_after_a_later_date_of_the_year_goes_on_from_it() -> None:
    siege = (
        "The last crisis came in 1214. An army crossed the river in late autumn and besieged the capital "
        "through the winter; the granaries were empty by Candlemas, and the city fell on Lady Day 1215."
    )
    found = values(siege, None, "narrative")
    assert (found["the winter"], found["Candlemas"]) == ("1214-WI", "1215-02-02")


def test_a_clock_time_the_next_morning_is_on_the_next_day() -> None:
    landfall = (
        "On the afternoon of Sunday 19 February 1792 the lookout sighted land, and at seven o'clock the "
        "next morning a boat party landed."
    )
    assert values(landfall, None, "narrative")["seven o'clock the next morning"] == "1792-02-20T07:00"


@pytest.mark.parametrize(
    ("feast", "value"),
    [
        ("St Luke's Day 1130", "1130-10-18"),
        ("St. George's Day 1415", "1415-04-23"),
        ("Saint Nicholas's Day 1200", "1200-12-06"),
        ("the feast of Saint Michael 1219", "1219-09-29"),
        ("the eve of Michaelmas 1347", "1347-09-28"),  # the day before the feast
        ("the eve of the feast of Saint Michael 1219", "1219-09-28"),
        ("the feast of Saints Peter and Paul 1219", "1219-06-29"),
        ("the Feast of the Assumption 1096", "1096-08-15"),
        ("Shrove Tuesday, 17 February 1461", "1461-02-17"),
        ("the feast of the Nativity of the Virgin 1066", "1066-09-08"),
        ("the feast of St Callixtus 1066", "1066-10-14"),
        ("the feast of Saint Germanus 886", "0886-05-28"),  # a feast named by its weekday, with its date
        ("the first Sunday of Advent 1226", "1226-11-29"),  # the Julian Sunday on or after 27 November
        ("Advent Sunday 1900", "1900-12-02"),
        ("St Vitus' Day 1389", "1389-06-15"),  # the possessive of a name in -s written with its mark alone
        ("St Ciaran's Day 1013", "1013-09-09"),  # the table's "Ciarán" without its accent
        ("the feast of St Hippolytus 1521", "1521-08-13"),
        ("the feast of St John the Baptist 1355", "1355-06-24"),  # not "the feast of St John" alone
        ("the feast of St John the Evangelist 1571", "1571-12-27"),
        ("the feast of the Beheading of Saint John the Baptist 1526", "1526-08-29"),  # "St" every way
        ("the feast of the Conversion of St. Paul 1077", "1077-01-25"),
        ("the Nativity of St Mary 1066", "1066-09-08"),  # "the" inside, as in "the Fourth of July"
        ("the feast of St Ursula and the Eleven Thousand Virgins 1520", "1520-10-21"),
        ("the feast of the Purification 1141", "1141-02-02"),
    ],
)
def test_saints_days_in_every_spelling(feast: str, value: str) -> None:
    assert values(f"The choir was consecrated on {feast}.", None, "narrative") == {feast: value}


def test_a_heading_gives_a_feast_its_year_after_a_comma() -> None:
    heading = "St Brice's Day, 1002\n\nOn this day the Danes living in England were attacked."
    assert values(heading, date(2012, 11, 13), "narrative")["St Brice's Day, 1002"] == "1002-11-13"


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("From the week beginning 19 April 1943 they flew.", "the week beginning 19 April 1943", "1943-W16"),
        (
            "In the week ending Sunday 13 October 1918 it ended.",
            "the week ending Sunday 13 October 1918",
            "1918-W41",
        ),
        ("In 1943 the worst came in the last week of July.", "the last week of July", "1943-W30"),
        ("Talks resume the second week of July 1996.", "the second week of July 1996", "1996-W28"),
        ("In 1744 the town fell on the last day of July.", "the last day of July", "1744-07-31"),
        ("The last Monday in May 2012 was Memorial Day.", "The last Monday in May 2012", "2012-05-28"),
        (
            "In 1863 it fell on the fourth Thursday of November.",
            "the fourth Thursday of November",
            "1863-11-26",
        ),
        (
            "In 1945 it ended at the end of the first week of January.",
            "the end of the first week of January",
            "1945-W01",
        ),
    ],
)
def test_weeks_named_by_a_day_or_counted_in_a_month(sentence: str, expression: str, value: str) -> None:
    assert values(sentence, None, "narrative")[expression] == value


def test_a_span_of_years_a_thing_was_made_in_is_an_aside() -> None:
    text = (
        "The bridge was captured on 7 March 1945. The railway bridge, built between 1916 and 1919 and "
        "named after Ludendorff, was one of the last still standing. After the offensive of the winter, "
        "the army had attacked on 1 March."
    )
    assert values(text, date(2010, 3, 5), "narrative")["1 March"] == "1945-03-01"


def test_a_day_promised_is_a_plan_and_a_weekday_inside_a_part_of_day_sets_the_calendar() -> None:
    text = (
        "Pizarro set out on 24 September 1532. The Spaniards entered the town in the afternoon of Friday, "
        "15 November. Atahualpa promised to come the next day. Few Spaniards slept that night. On Saturday "
        "Pizarro hid his men."
    )
    found = values(text, date(2012, 11, 16), "narrative")
    assert (found["that night"], found["Saturday"]) == ("1532-11-15TNI", "1532-11-16")  # the Julian calendar
    reported = (  # "announced that he would": a plan too, whose clause ends at its comma
        "Perry's ships anchored off Uraga in July 1853. On Thursday, 14 July, Perry came ashore. He "
        "announced that he would return the following spring for an answer, and the squadron sailed "
        "away on 17 July. Ten days later the shogun died."
    )
    found = values(reported, date(2025, 2, 3), "narrative")
    assert (found["17 July"], found["Ten days later"]) == ("1853-07-17", "1853-07-27")
    agreed = (  # a noun after "to": no plan, and the day is where the story goes
        "On Thursday, 15 September 1938 he flew to Munich. Chamberlain agreed to the demand on "
        "18 September, and the government, under heavy pressure, accepted it three days later."
    )
    assert values(agreed, date(2014, 9, 27), "narrative")["three days later"] == "1938-09-21"


def test_a_morning_opening_a_sentence_after_an_evening_is_the_next_day() -> None:
    text = (
        "On the evening of 10 September 1777 the British reached Kennett Square. At dawn a column set "
        "off. The carrier, struck by a bomber in the morning, was lost."
    )
    found = values(text, None, "narrative")
    assert found["dawn"] == "1777-09-11TMO"
    assert found["the morning"] == "1777-09-11TMO"  # mid-sentence, on the day the story is on


def test_a_story_told_from_a_background_year_comes_back_to_its_event() -> None:
    text = (
        "The flood struck Johnstown on Friday, 31 May 1889. The dam had been built between 1838 and 1853. "
        "In 1879 it was bought by a club. A storm arrived on the evening of 30 May, and rain fell all night."
    )
    assert values(text, date(2014, 5, 31), "narrative")["the evening of 30 May"] == "1889-05-30TEV"


def test_a_decade_told_in_passing_leaves_that_day_on_the_story_s_day() -> None:
    text = (
        "The battle was fought on Good Friday, 23 April 1014. In the 1860s the scientist Samuel Haughton "
        "calculated that high water that day came at about half past five in the morning."
    )
    assert values(text, date(2012, 4, 23), "narrative")["that day"] == "1014-04-23"


def test_a_date_after_was_to_is_a_plan_the_story_does_not_move_to() -> None:
    text = (
        "War was declared on 6 August 1409, and a truce was agreed in October. It was to last until "
        "24 June 1410. Both sides spent the winter preparing, and at the end of June the army crossed."
    )
    found = values(text, date(2012, 7, 15), "narrative")
    assert (found["the winter"], found["the end of June"]) == ("1409-WI", "1410-06")
    # so is one after a verb of promise and "to": "offered to leave by noon on April 15"
    text = (
        "On the afternoon of Thursday, April 11, 1861, aides demanded the fort's evacuation. They "
        "returned shortly after midnight, and Anderson offered to leave by noon on April 15. The offer "
        "was rejected; at 3:20 a.m. they told him the batteries would open fire."
    )
    assert values(text, date(2011, 4, 12), "narrative")["3:20 a.m."] == "1861-04-12T03:20"
    # "meant to" promises as "intended to" does
    text = (
        "On 9 November 1989 the leadership drafted a rule meant to take effect the next day. "
        "Schabowski read it out at 6.53 p.m."
    )
    assert values(text, date(2014, 11, 9), "narrative")["6.53 p.m."] == "1989-11-09T18:53"
    assert values(text.replace("meant", "scheduled"), date(2014, 11, 9), "narrative")["6.53 p.m."] == (
        "1989-11-09T18:53"
    )
    # and a deadline after "would" or "could": the story's future, not where it goes
    text = (
        "In February 1947 Attlee announced that Britain would transfer power by June 1948. Mountbatten "
        "was sworn in on 24 March."
    )
    assert values(text, date(2012, 8, 14), "narrative")["24 March"] == "1947-03-24"
    no_later = text.replace("by June 1948", "no later than June 1948")
    assert values(no_later, date(2012, 8, 14), "narrative")["24 March"] == "1947-03-24"
    # and one an order sets: "with orders to transfer power by June 1948"
    text = (
        "The plan was read out on 3 June 1947. Mountbatten had landed in Delhi on Saturday, 22 March with "
        "orders to transfer power by June 1948, and spent much of April in interviews. He showed the "
        "plan to Nehru on the night of 10 May."
    )
    assert values(text, date(2017, 6, 3), "narrative")["the night of 10 May"] == "1947-05-10TNI"


def test_the_weekday_is_the_day_told_with_it() -> None:
    text = (
        "Congress chose Promontory in April 1869. The ceremony was set for Saturday, 8 May. It was put off "
        "two days, to Monday, 10 May. San Francisco celebrated on the Saturday anyway."
    )
    assert values(text, date(2015, 5, 9), "narrative")["the Saturday"] == "1869-05-08"
    # each day of a pair counts, and an anniversary of the story does not make it the writer's day
    pair = (
        "The main celebrations fell on 20 and 21 June 1887. On the Monday, the fiftieth anniversary of her "
        "accession, the Queen breakfasted at Frogmore."
    )
    assert values(pair, date(2012, 6, 5), "narrative")["the Monday"] == "1887-06-20"
    assert "the Tuesday" not in values(
        "Shares were tendered by the Tuesday deadline.", date(1989, 11, 1), "news"
    )


def test_a_weekday_in_the_month_told_is_the_day_told_with_it_before() -> None:
    text = (
        "The battle was fought on Friday, 26 August 1071. Romanos had taken the throne in January 1068. "
        "In the spring of 1071 he crossed into Asia. Late in August the garrison surrendered. The sultan "
        "chose to fight on the Friday, and late in the afternoon Romanos ordered a withdrawal."
    )
    assert (
        values(text, date(2012, 8, 26), "narrative")["the Friday"] == "1071-08-26"
    )  # a Friday in the Julian calendar


def test_a_movable_feast_falls_in_the_year_the_story_has_gone_on_to() -> None:
    text = (
        "The landing was approved on Christmas Day 1943. The corps landed on Saturday, 22 January. On "
        "16 February the Germans attacked, and by Easter both sides were dug in."
    )
    assert values(text, date(2014, 1, 22), "narrative")["Easter"] == "1944-04-09"


def test_a_day_word_of_reported_speech_is_the_story_s_day() -> None:
    text = (
        "The battle began on 1 July 1866, and on 3 July the Prussians attacked. By late morning the king "
        "was anxious; Moltke assured him that he would win today."
    )
    assert values(text, date(2011, 7, 3), "narrative")["today"] == "1866-07-03"


def test_a_day_ahead_told_in_the_past_perfect_is_a_plan_that_does_not_move_the_story() -> None:
    text = (
        "The airship reached Lakehurst on Thursday, 6 May 1937. Many of those waiting had booked the "
        "flight home to see the coronation the following Wednesday.\n\nAt 7:21 p.m. the lines dropped. "
        "The captain died the next day."
    )
    found = values(text, None, "narrative")
    assert found["the following Wednesday"] == "1937-05-12"
    assert (found["7:21 p.m."], found["the next day"]) == ("1937-05-06T19:21", "1937-05-07")


def test_a_flashback_told_from_the_story_does_not_move_it() -> None:
    battle = (
        "Tuesday, 14 June 1859\nThe advance guard reached the bridge at 5 a.m. Rietberg, who had spent the "
        "previous night at Villanova, arrived at 9:15 and committed his reserve at noon."
    )
    found = values(battle, None, "narrative")
    assert (found["the previous night"], found["9:15"]) == ("1859-06-13TNI", "1859-06-14T09:15")

    siege = (
        "The garrison surrendered on Friday, 3 August 1347. Fenmore, who had been in the lines since the "
        "previous September, went home that autumn."
    )
    found = values(siege, None, "narrative")
    assert (found["the previous September"], found["that autumn"]) == ("1346-09", "1347-FA")


def test_the_weekend_in_a_story_is_the_one_after_the_day_it_is_on() -> None:
    siege = "In the week of 9 October 1944 paratroops attacked, and by the weekend the bridgehead was deep."
    assert values(siege, None, "narrative")["the weekend"] == "1944-W41-WE"


def test_compound_ordinals_nightly_and_every_fortnight() -> None:
    text = (
        "Aldred was crowned in 1333. He died in 1361, in the twenty-ninth year of his reign. Watchmen "
        "walked the walls nightly, and the council met every fortnight."
    )
    found = values(text, None, "narrative")
    assert found["the twenty-ninth year of his reign"] == "1361"
    assert (found["nightly"], found["every fortnight"]) == ("XXXX-XX-XXTNI", "P2W")


def test_a_clock_time_that_evening_is_on_the_day_told() -> None:
    found = values("The ship left on 21 May 1957. At 6:30 that evening it sank.", None, "narrative")
    assert found["6:30 that evening"] == "1957-05-21T18:30"


def test_a_morning_clock_time_after_another_year_is_not_on_an_old_morning() -> None:
    text = (
        "Mazarin died on 9 March 1661. The next morning the king summoned his ministers. In 1701 war "
        "came. In August 1715 the king took to his bed. He died at about a quarter past eight in the "
        "morning on Sunday, 1 September."
    )
    found = values(text, date(2015, 9, 1), "narrative")
    assert found["about a quarter past eight in the morning"] == "1715-09-01T08:15"
    assert found["Sunday, 1 September"] == "1715-09-01"


def test_a_clock_time_before_a_part_of_a_day_told_takes_that_day() -> None:
    text = (
        "On 20 January 1879 the column camped at Isandlwana. At about half past four on the morning of "
        "Wednesday, 22 January, Chelmsford rode out. Cook anchored on 29 April 1770; at about eleven "
        "o'clock on the night of 11 June the ship struck the reef."
    )
    found = values(text, date(2014, 1, 22), "narrative")
    assert found["about half past four"] == "1879-01-22T04:30"
    assert found["about eleven o'clock"] == "1770-06-11T23:00"  # a night makes a bare late hour p.m.


def test_a_bare_hour_after_an_evening_told_in_its_sentence_is_pm() -> None:
    text = (
        "Joan entered the city on the evening of Friday 29 April 1429, at about eight o'clock. On the "
        "afternoon of Sunday 1 May the lookout saw land, and at seven o'clock the next morning a boat "
        "landed. Rain fell overnight, and the attack waited until about half past eleven."
    )
    found = values(text, None, "narrative")
    assert found["about eight o'clock"] == "1429-04-29T20:00"
    assert found["seven o'clock the next morning"] == "1429-05-02T07:00"  # a part of the day after it rules
    assert found["about half past eleven"].endswith("T11:30")  # a night may end in the small hours
    lexington = (
        "On the night of Tuesday, 18 April 1775, the regulars crossed the river from around ten o'clock. "
        "They reached Lexington at dawn on Wednesday, 19 April. The march back that afternoon became a "
        "running battle. Reinforcements came at about half past two."
    )
    found = values(lexington, None, "narrative")
    assert found["around ten o'clock"] == "1775-04-18T22:00"  # a night's late evening
    assert found["about half past two"] == "1775-04-19T14:30"  # the afternoon last told of that day
    waterloo = (
        "On Sunday, 18 June 1815, rain the night before delayed the attack until about half past eleven."
    )
    assert (
        values(waterloo, None, "narrative")["about half past eleven"] == "1815-06-18T11:30"
    )  # another day's night
    megiddo = (
        "At 4:30 a.m. on 19 September 1918 the guns opened fire. By the afternoon the cavalry were riding "
        "north. Pressing on through the night, they reached Nazareth the next morning."
    )
    found = values(megiddo, None, "narrative")
    assert (found["the night"], found["the next morning"]) == ("1918-09-19TNI", "1918-09-20TMO")
    quiberon = (
        "In the early morning of Tuesday, 20 November 1759 the frigates sighted the French. Hawke signalled "
        "a general chase. At about half past two the leading ships opened fire."
    )
    assert (
        values(quiberon, None, "narrative")["about half past two"] == "1759-11-20T14:30"
    )  # after the morning
    hastings = (
        "On the evening of 13 October 1066 Harold reached the ridge. Fighting began at about nine o'clock "
        "on Saturday 14 October."
    )
    assert (
        values(hastings, None, "narrative")["about nine o'clock"] == "1066-10-14T09:00"
    )  # a clock time of the day told after it, not of the evening before


def test_a_month_this_year_in_a_story_is_of_the_time_of_writing() -> None:
    talks = "Talks were suspended in 2010; the first meeting in three years took place in February this year."
    assert values(talks, date(2014, 5, 19), "narrative")["February this year"] == "2014-02"


def test_a_day_told_by_the_clocks_of_another_place_moves_no_story() -> None:
    text = (
        "On 3 June 1942 a Catalina sighted the fleet. At 4:30 a.m. on Thursday, 4 June, 1:30 a.m. on 5 June "
        "by the clocks of the Japanese fleet, Nagumo launched his aircraft. The raid hit the island at 6:30."
    )
    found = values(text, date(2012, 6, 4), "narrative")
    assert (found["5 June"], found["6:30"]) == ("1942-06-05", "1942-06-04T06:30")


def test_a_year_in_a_relative_clause_after_a_preposition_moves_no_story() -> None:
    text = (
        "The archduke came to Sarajevo on Sunday, 28 June 1914, a feast, on which Serbs remembered their "
        "defeat at Kosovo in 1389. On 5 July the Kaiser promised support."
    )
    assert values(text, date(2014, 6, 28), "narrative")["5 July"] == "1914-07-05"


def test_a_year_in_a_note_on_calendars_moves_no_story() -> None:
    text = (
        "The Jacobite rising of 1745 was the last attempt of the Stuarts. All dates here are Old Style: "
        "Great Britain kept the Julian calendar until 1752.\n\nCharles landed on Eriskay on 23 July."
    )
    assert values(text, date(2011, 7, 3), "narrative")["23 July"] == "1745-07-23"


def test_a_month_in_a_note_on_calendars_is_no_date_to_count_from() -> None:
    text = (
        "The Battle of Tannenberg was fought in August 1914. Russia kept the Julian calendar until "
        "February 1918. Germany declared war on Russia on 1 August. Britain and France, having been "
        "at war since May 1756, were far away."
    )
    assert values(text, date(2013, 8, 26), "narrative")["1 August"] == "1914-08-01"
    plassey = (
        "The Battle of Plassey was fought on 23 June 1757. Britain and France had been allies, having "
        "been at war since May 1756. During the spring Clive struck a bargain."
    )
    assert values(plassey, date(2013, 6, 23), "narrative")["the spring"] == "1757-SP"


def test_a_season_follows_the_story_past_the_last_year_told() -> None:
    text = (
        "At Christmas 1915 Falkenhayn had proposed an offensive. It was set for 12 February, and on "
        "Monday, 21 February the guns opened. Falkenhayn was dismissed on 29 August. In the autumn "
        "the French struck back, and they retook the fort on 24 October."
    )
    found = values(text, date(2014, 9, 5), "narrative")
    assert (found["the autumn"], found["24 October"]) == ("1916-FA", "1916-10-24")


def test_a_count_before_the_date_it_restates_is_that_date() -> None:
    text = (
        "The mission ended on 24 July 1975. No American flew until April 1981. Twenty years later, in "
        "June 1995, Atlantis docked with Mir. A week later, on 7 July 1995, it left."
    )
    found = values(text, date(2015, 7, 17), "narrative")
    assert (found["Twenty years later"], found["A week later"]) == ("1995", "1995-07-07")


def test_the_end_of_a_year_told_is_its_december_for_the_months_after_it() -> None:
    text = (
        "On 10 September 1419 the duke was murdered, and by the end of the year his son had allied "
        "with the English. In May the treaty was sealed."
    )
    assert values(text, date(2015, 10, 25), "narrative")["May"] == "1420-05"


def test_a_count_set_beside_the_date_just_told_restates_it() -> None:
    text = (
        "Scott died in March 1912. A search party found the tent on 12 November 1912, nearly eight "
        "months later. Two days later it buried the bodies."
    )
    found = values(text, date(2012, 1, 17), "narrative")
    assert found["nearly eight months later"] == "1912-11"  # counted from the death, not from 12 November
    assert found["Two days later"] == "1912-11-14"  # and the story is still on 12 November


def test_days_earlier_count_from_the_day_told_not_the_story_month() -> None:
    siege = (
        "The Whites besieged the town from late March 1918. The town fell on Saturday 6 April. "
        "Three days earlier, a German division had landed."
    )
    assert values(siege, date(2014, 5, 19), "narrative")["Three days earlier"] == "1918-04-03"


def test_three_digit_years_after_a_month_or_season() -> None:
    raids = (
        "Raids are recorded from 793 onward. In the autumn of 865 a larger force landed. On All Saints' Day, "
        "1 November 866, it seized the city. Christmas 877 found the king at his hall. In early January 878 "
        "the Danes struck. By the end of September 214 people had died. At dawn on Friday, 4 June, "
        "108 Danish ships sailed."
    )
    found = values(raids, date(2011, 11, 7), "auto")
    assert found["the autumn of 865"] == "0865-FA"
    assert (found["1 November 866"], found["Christmas 877"]) == ("0866-11-01", "0877-12-25")
    assert found["793"] == "0793"  # a text of the first millennium reads bare years after "from"
    assert found["the end of September"].endswith("-09")  # "214 people" is a count
    assert found["Friday, 4 June"] == "0878-06-04"  # after a comma, a word may come before what it counts


def test_a_morning_clock_time_after_a_night_told_is_on_the_next_day() -> None:
    arras = (
        "The infantry moved into the tunnels during the night of 8 April 1917. Zero hour was 5:30 a.m.; "
        "by 7:30 the objective had fallen."
    )
    found = values(arras, None, "narrative")
    assert (found["5:30 a.m."], found["7:30"]) == ("1917-04-09T05:30", "1917-04-09T07:30")
    normandy = (  # in the paragraph after the night's too
        "On the night of 5 June 1944 paratroopers jumped over the Cotentin peninsula.\n\nWarships opened "
        "their bombardment at about 5.30 a.m., and the first landing craft touched down at 6.30."
    )
    assert values(normandy, None, "narrative")["about 5.30 a.m."] == "1944-06-06T05:30"


def test_a_weekday_and_day_told_again_take_the_year_told_with_them() -> None:
    wreck = (
        "The steamer foundered on the night of 21 November 1907. Built in 1889, she ran a daily "
        "service. The ship left port at 8:15 p.m. on Thursday, 21 November."
    )
    assert values(wreck, date(2012, 9, 10), "narrative")["Thursday, 21 November"] == "1907-11-21"


def test_weekdays_after_a_day_told_follow_it_though_a_flashback_year_came_before() -> None:
    days = (
        "News of the revolution of February 1848 reached the city in March. The harvest of 1847 had "
        "failed.\n\nSunday, 9 April\nA crowd gathered.\n\nMonday, 10 April\n"
        "By Monday morning barricades stood."
    )
    assert values(days, date(2015, 11, 20), "narrative")["Monday morning"] == "1848-04-10TMO"


def test_late_in_the_month_is_the_month_told() -> None:
    found = values(
        "UN troops crossed in early October 1950 and reached the river late in the month.", None, "narrative"
    )
    assert found["late in the month"] == "1950-10"


def test_the_middle_of_the_night_is_the_night_of_the_day_told() -> None:
    found = values(
        "On 11 April 1961 the crew slept early. He was woken in the middle of the night.", None, "narrative"
    )
    assert found["the middle of the night"] == "1961-04-11TNI"


def test_a_day_restated_in_the_gregorian_calendar_is_the_day_written() -> None:
    torbay = (
        "The fleet sailed on 1 November 1688, and on Monday 5 November, 15 November by the Dutch "
        "calendar, William landed at Torbay. That afternoon his army began to come ashore."
    )
    found = values(torbay, date(2013, 12, 16), "narrative")
    assert (found["15 November"], found["That afternoon"]) == ("1688-11-15", "1688-11-05TAF")
    crowned = "They were crowned on Sunday, 25 June 1682 (5 July in the Gregorian calendar)."
    assert values(crowned, date(2013, 3, 14), "narrative")["5 July"] == "1682-07-05"


def test_a_year_in_an_aside_does_not_move_the_story() -> None:
    flight = (
        "Flight 417 crashed on the night of Friday 8 December 1989. The aircraft, a twin-engined jet "
        "delivered new in 1977, departed at 21:42 local time. At 21:58 the crew reported icing."
    )
    found = values(flight, date(2017, 9, 18), "narrative")
    assert (found["1977"], found["21:58"]) == ("1977", "1989-12-08T21:58")
    minorca = (  # an irregular participle's too
        "The Treaty of Paris was signed on 10 February 1763. Minorca, lost in June 1756, returned to "
        "British rule. The following week, on 15 February, Prussia made peace."
    )
    assert values(minorca, date(2023, 2, 13), "narrative")["15 February"] == "1763-02-15"
    livadia = (  # and with a phrase after the participle
        "In February 1945 Roosevelt reached the Livadia Palace, built for Nicholas II in 1911, as "
        "darkness fell. In April he died at Warm Springs."
    )
    assert values(livadia, date(2025, 1, 23), "narrative")["April"] == "1945-04"
    sakhalin = (
        "In 1945 the Soviet Union would regain southern Sakhalin, lost to Japan in 1905, and receive "
        "the Kurils. Chiang was told only on 15 June."
    )
    assert values(sakhalin, date(2025, 8, 8), "narrative")["15 June"] == "1945-06-15"


def test_when_a_work_was_first_done_is_an_aside_the_story_does_not_move_to() -> None:
    vitoria = (
        "On Monday 21 June 1813 Wellington routed Joseph at Vitoria. The victory inspired a symphony, "
        "first performed in Vienna on 8 December. Soult struck at the passes on 25 July."
    )
    found = values(vitoria, date(2014, 4, 8), "narrative")
    assert (found["8 December"], found["25 July"]) == ("1813-12-08", "1813-07-25")
    charter = (
        "By the spring of 1848 Chartism was the largest movement in Britain. Its six points, first "
        "published in May 1838, included votes for all men. A convention met in London on 4 April."
    )
    assert values(charter, date(2018, 4, 10), "narrative")["4 April"] == "1848-04-04"
    # a verb of the story after a comma is no aside: "then" is no "first"
    marched = (
        "On 21 June 1813 he won at Vitoria. He rested, then marched on 8 December. He struck on 25 July."
    )
    assert values(marched, date(2014, 4, 8), "narrative")["25 July"] == "1814-07-25"
    book = (  # when a work was made, wherever the sentence's verb is
        "On Saturday, August 2, 1794, the crowd marched through Pittsburgh. Brackenridge told the story "
        "in a book published in 1795.\n\nOn August 15, the delegates named a committee."
    )
    assert values(book, date(2014, 8, 1), "narrative")["August 15"] == "1794-08-15"
    passive = "The story opens in 1790. The book was published in 1795. On August 15 it sold out."
    assert values(passive, date(2014, 8, 1), "narrative")["August 15"] == "1795-08-15"  # the story's own


@pytest.mark.parametrize(
    ("text", "dct", "weekday", "expected"),
    [
        (  # the year the ordinal counts to, though the time of writing is months on
            "The stairway at Ibrox collapsed on 2 January 1971, and 66 fans died.\n\nThe fiftieth "
            "anniversary fell on a Saturday, and the ground fell silent before kick-off.",
            date(2021, 3, 20),
            "a Saturday",
            "2021-01-02",
        ),
        (  # a year told at the sentence's start
            "Five men were killed in King Street on 5 March 1770. The town kept the day every year. In "
            "1775, the anniversary fell on a Sunday, and Warren spoke the next day.",
            date(2017, 3, 5),
            "a Sunday",
            "1775-03-05",
        ),
        (  # a centenary counts a hundred years, and the day nearest the time of writing is taken
            "The Treaty was signed on 6 December 1921, and the Free State came into being on 6 December "
            "1922. Its centenary falls on Monday.",
            date(2021, 12, 3),
            "Monday",
            "2021-12-06",
        ),
    ],
)
def test_the_weekday_an_anniversary_falls_on_is_the_day_told_come_round(
    text: str, dct: date, weekday: str, expected: str
) -> None:
    assert values(text, dct, "narrative")[weekday] == expected


def test_a_feast_a_length_counts_from_is_not_where_the_story_goes_on() -> None:
    crash = (
        "The trains collided on the evening of Wednesday 4 December 1957. Ninety people died. Many had "
        "been shopping three weeks before Christmas. Work beneath the span was halted at 1.30 am."
    )
    assert values(crash, date(2012, 5, 21), "narrative")["1.30 am"] == "1957-12-05T01:30"


def test_a_date_a_since_clause_starts_from_is_not_where_the_story_goes_on() -> None:
    mine = (
        "The mine exploded on the morning of March 8, 1924. Rescue cars had been part of disaster work "
        "since the Bureau of Mines was founded in 1910. The rack of brass checks was wrecked, so on "
        "Saturday night there was still no list of the men inside."
    )
    assert values(mine, date(2022, 6, 3), "narrative")["Saturday night"] == "1924-03-08TNI"


def test_a_length_told_in_parts_is_counted_whole_but_not_across_a_clause() -> None:
    landing = (
        "Soyuz 1 came down near Orsk at 3:35 a.m. on 24 April 1967. An hour and 20 minutes later, the "
        "first rescuers reached it. A year and two days later, the inquiry reported. The capsule had "
        "flown for two years, and four days later it was moved to a museum."
    )
    found = values(landing, None, "narrative")
    assert (
        found["An hour and 20 minutes later"],
        found["A year and two days later"],
        found["two years"],
        found["four days later"],
    ) == ("1967-04-24T04:55", "1968-04-26", "P2Y", "1968-04-30")


def test_a_story_told_by_the_hour_counts_minutes_from_its_clock_times_and_goes_past_midnight() -> None:
    sinking = (
        "The steamer left Liverpool on the night of Thursday 14 February 1907. At 11.42 p.m. she struck "
        "the reef. The engines were stopped three minutes later.\n\nThe first lifeboat got away at 12.20 "
        "a.m., and a second was launched a quarter of an hour later."
    )
    found = values(sinking, None, "narrative")
    assert (found["three minutes later"], found["12.20 a.m."], found["a quarter of an hour later"]) == (
        "1907-02-14T23:45",
        "1907-02-15T00:20",
        "1907-02-15T00:35",
    )


def test_a_year_that_names_a_thing_in_a_sentence_on_a_day_does_not_move_the_story() -> None:
    war = (
        "By Wednesday 10 October 1973 they had regained the 1967 ceasefire line; the following day they "
        "advanced. Her 1971 tour ran from October to December."
    )
    found = values(war, None, "narrative")
    assert (found["the following day"], found["October"]) == ("1973-10-11", "1971-10")


def test_a_weekday_after_since_in_a_story_is_the_one_before_the_day_it_is_on() -> None:
    war = "On Monday 8 October 1973 a counterattack failed. Reservists arriving since Sunday held the line."
    assert values(war, None, "narrative")["Sunday"] == "1973-10-07"


def test_a_season_with_a_three_digit_year_moves_a_first_millennium_story() -> None:
    war = "By 621 Egypt was lost. Leaving in the spring of 622, Heraclius spent the summer drilling."
    assert values(war, None, "narrative")["the summer"] == "0622-SU"


def test_a_feast_restated_at_once_with_its_date_takes_the_date_s_year() -> None:
    truce = "The first battle was fought in 1455. On Lady Day, 25 March 1458, the lords walked hand in hand."
    assert values(truce, None, "narrative")["Lady Day"] == "1458-03-25"


@pytest.mark.parametrize("mode", ["news", "narrative"])
def test_a_feast_named_at_once_after_its_date_takes_the_date_s_year(mode: str) -> None:
    orbit = "Apollo 8 orbited the moon on Dec. 24, 1968, Christmas Eve, and the crew read from Genesis."
    assert values(orbit, date(2020, 7, 27), mode)["Christmas Eve"] == "1968-12-24"
    dome = "The church was rededicated on Sunday, 24 December 562, Christmas Eve."
    assert values(dome, date(2020, 7, 27), mode)["Christmas Eve"] == "0562-12-24"
    fire = "The fire broke out on the Monday of Holy Week, April 15, 2019."  # a movable feast's day too
    assert values(fire, date(2024, 12, 6), mode)["the Monday of Holy Week"] == "2019-04-15"
    rumi = "On Thursday, 23 July 1908, 10 July 1324 in the Rumi calendar, the committee met."
    assert values(rumi, date(2014, 7, 24), mode)["Thursday, 23 July 1908"] == "1908-07-23"  # not another's


def test_a_clock_time_in_a_city_s_time_takes_the_day_told_after_it() -> None:
    war = "The deadline was 15 January 1991. Bombing began at 2:38 a.m. Baghdad time on Thursday, 17 January."
    assert values(war, None, "narrative")["2:38 a.m. Baghdad time"] == "1991-01-17T02:38"


def test_that_winter_after_a_day_of_january_or_february_is_the_winter_begun_the_year_before() -> None:
    war = "On Thursday, 1 February 1940 the attack began. Volunteers fought in the north that winter."
    assert values(war, None, "narrative")["that winter"] == "1939-WI"


def test_the_29th_of_february_with_no_year_falls_in_a_leap_year() -> None:
    war = "The talks began in April 1991. A referendum had been held on 29 February."
    assert values(war, None, "narrative")["29 February"] == "1992-02-29"


def test_an_hour_in_words_before_that_afternoon_is_p_m() -> None:
    siege = "On 20 June 1900 the minister was shot, and at four o'clock that afternoon troops opened fire."
    assert values(siege, None, "narrative")["four o'clock that afternoon"] == "1900-06-20T16:00"


def test_the_night_of_two_days_is_the_night_of_the_first() -> None:
    murder = "The imperial family was shot at Yekaterinburg in the night of 16 to 17 July 1918."
    assert values(murder, None, "narrative") == {"the night of 16 to 17 July 1918": "1918-07-16TNI"}


def test_a_day_told_with_this_year_is_of_the_time_of_writing() -> None:
    war = "Karadzic was caught in July 2008, and Mladic on Thursday, 26 May this year. He appeared on 3 June."
    found = values(war, date(2011, 7, 9), "narrative")
    assert (found["Thursday, 26 May this year"], found["3 June"]) == ("2011-05-26", "2011-06-03")


def test_a_day_told_with_last_year_is_one_expression_and_starts_no_recalled_story() -> None:
    attack = "The lists were hit by the attack on 14 May last year. The chief told the board on Tuesday."
    found = values(attack, date(2022, 8, 19), "news")
    assert (found["14 May last year"], found["Tuesday"]) == ("2021-05-14", "2022-08-16")


def test_the_middle_of_the_month_is_the_month_told() -> None:
    war = "The Red Army stormed Perekop in November 1920; the last ships left in the middle of the month."
    assert values(war, None, "narrative")["the middle of the month"] == "1920-11"


def test_had_to_is_no_flashback() -> None:
    war = "Louisbourg, besieged from 8 June 1758, had to surrender on 26 July, and in November they left."
    assert values(war, None, "narrative")["November"] == "1758-11"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a part of the day after a year told in passing is of the day the story was on
        (
            "The camp fell on 22 January 1879. Two officers received the Victoria Cross in 1907.\n\n"
            "The column returned at dusk and marched away at first light.",
            "dusk",
            "1879-01-22TEV",
        ),
        # ... the day the text is about, the first it told, not a day of the background
        (
            "Vesuvius erupted on 24 August 79. Tacitus records an earthquake in AD 62, dated to 5 "
            "February 63 by Seneca. Repairs went on in 79.\n\nPumice fell throughout the afternoon.",
            "the afternoon",
            "0079-08-24TAF",
        ),
        # ... unless its day is told just after it
        (
            "Peace held until 1672. De Ruyter surprised the fleet at dawn on Tuesday, 7 June.",
            "dawn",
            "1672-06-07TMO",
        ),
        # a story told only to the year has no day for it
        ("In 206 BC the armies met. He advanced at dawn and attacked.", "dawn", "BC0206-XX-XXTMO"),
        ("In 1967 the war ended. That evening troops crossed.", "That evening", "1967-XX-XXTEV"),
        # ... and the morning after it is a time of day too
        (
            "In 1967 the war ended. That evening they crossed; the next morning they attacked.",
            "the next morning",
            "1967-XX-XXTMO",
        ),
    ],
)
def test_a_part_of_the_day_with_no_day_since_a_year(text: str, expression: str, value: str) -> None:
    assert values(text, date(2011, 1, 22), "narrative")[expression] == value


def test_a_clock_time_of_the_small_hours_after_an_evening_told_is_the_next_day() -> None:
    text = (
        "On the evening of 28 May 1453 the defenders held a last service. The assault began at about "
        "half past one in the morning, and at 3 p.m. the city fell."
    )
    found = values(text, date(2013, 5, 29), "narrative")
    assert found["about half past one in the morning"] == "1453-05-29T01:30"


def test_a_morning_clock_time_after_an_evening_told_is_the_next_day() -> None:
    text = (
        "On the evening of 1 December 1805 soldiers lit torches of straw to greet the emperor. "
        "Fighting began at around 8 a.m. in thick fog."
    )
    assert values(text, date(2015, 12, 2), "narrative")["around 8 a.m."] == "1805-12-02T08:00"


def test_a_clock_time_of_the_small_hours_after_a_day_told_late_is_the_next_day() -> None:
    text = (
        "Late on 3 June 1815 the envoy was allowed to sign. After a last meeting the treaty was signed "
        "at 4:40 a.m."
    )
    found = tag(text, date(2015, 6, 1), "narrative")
    assert [(t.text, t.value, t.mod) for t in found] == [
        ("Late on 3 June 1815", "1815-06-03", "END"),  # "late on" is inside the date, as "early on"
        ("4:40 a.m.", "1815-06-04T04:40", None),
    ]


def test_of_that_year_is_the_year_its_sentence_gave_though_the_story_did_not_move_to_it() -> None:
    text = (
        "Otto was crowned emperor on Sunday, 2 February 962, and the empire lasted until 1806. He had "
        "been king since 936; he was crowned at Aachen on 7 August of that year."
    )
    assert values(text, date(2012, 2, 6), "narrative")["7 August of that year"] == "0936-08-07"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "Tambora erupted in April 1815; the summer of the following year was cold.",
            "the summer of the following year",
            "1816-SU",
        ),
        (
            "The fort fell in 1290. On 7 September of the next year the king died.",
            "7 September of the next year",
            "1291-09-07",
        ),
        (
            "Caesar crossed in 49 BC. In March of the previous year he was in Gaul.",
            "March of the previous year",
            "BC0050-03",
        ),
        (
            "Augustus ruled in 1 BC; the summer of the following year was dry.",
            "the summer of the following year",
            "0001-SU",
        ),
    ],
)
def test_of_the_following_year_is_the_year_after_the_one_told(text: str, expression: str, value: str) -> None:
    assert values(text, date(2023, 6, 14), "narrative")[expression] == value


def test_a_day_a_story_names_by_its_events_is_that_weekday() -> None:
    text = "The Dow fell on Monday, 28 October 1929, and on Black Tuesday the market collapsed."
    assert values(text, date(2012, 10, 29), "narrative")["Black Tuesday"] == "1929-10-29"
    # in news, "Black Friday" is the sales' holiday
    assert (
        values("Stores open early for Black Friday.", date(2012, 11, 20), "news")["Black Friday"]
        == "2012-11-23"
    )


def test_a_three_digit_year_after_a_month_before_and_a_verb() -> None:
    text = "The sack of Rome began on 24 August 410 and lasted three days; 300 and 400 men died."
    found = values(text, date(2010, 8, 24), "narrative")
    assert found["24 August 410"] == "0410-08-24"  # "and lasted": a year; "300 and 400 men": a count


def test_a_three_digit_year_before_to_and_a_day_of_a_month() -> None:
    text = "The revolt lasted from 16 December 755 to 17 February 763. It cost 200 to 300 horses."
    found = values(text, date(2014, 2, 25), "narrative")
    assert found["16 December 755"] == "0755-12-16"  # "to 17 February": a range's end, not a count
    assert found["17 February 763"] == "0763-02-17"


def test_a_count_of_years_runs_from_the_year_its_sentence_told_past_a_bracketed_aside() -> None:
    text = (
        "That story begins in 1544, when the king was murdered by fugitives he had sheltered. (Dates "
        "below follow the Julian calendar, which Spain replaced only in October 1582.) His young son ruled "
        "from the forest for more than a decade; after years of talks he came out in 1557, accepted estates "
        "in January 1558 and died in the valley three years later."
    )
    assert values(text, date(2012, 1, 1), "narrative")["three years later"] == "1561"


def test_a_quantified_length_counted_in_an_aside_leaves_the_story_where_it_was() -> None:
    text = (
        "On Saturday, 15 July 1815, Napoleon surrendered aboard the Bellerophon. The ship, launched "
        "more than a quarter of a century earlier, had fought at the Nile. He had abdicated on 22 June. A "
        "fort stood on the island less than half a century later."
    )
    found = {t.text: (t.value, t.mod) for t in timeline.tag(text, date(2015, 7, 15), "narrative")}
    assert found["more than a quarter of a century earlier"] == ("1790", "BEFORE")
    assert found["22 June"] == ("1815-06-22", None)
    assert found["less than half a century later"] == ("1865", "BEFORE")  # less than fifty years on


def test_a_year_counted_from_the_hijra_is_the_year_most_of_it_falls_in() -> None:
    text = (
        "Baghdad fell in the year 656 of the Hijra. Antioch fell in June 1098, in the year 491 of the Hijra."
    )
    found = values(text, date(2020, 2, 11), "narrative")
    assert (found["the year 656 of the Hijra"], found["the year 491 of the Hijra"]) == ("1258", "1098")


def test_a_bare_period_code_in_a_story_names_a_thing() -> None:
    text = "Harrison spent five years on his first sea clock, known as H1. It was ready in 1735; H2 followed."
    found = values(text, date(2018, 3, 24), "narrative")
    assert "H1" not in found and "H2" not in found
    assert values("Sales rose 4% in H1, the company said.", date(2018, 3, 24), "news")["H1"] == "2018-H1"
    assert values("Sales rose in H1 1735.", date(2018, 3, 24), "narrative")["H1 1735"] == "1735-H1"


def test_a_state_of_the_present_since_a_year_is_no_date_the_story_counts_from() -> None:
    text = (
        "Gibraltar fell to Castile on 20 August 1462, the feast of St Bernard, who is now the patron saint "
        "of the Rock, British since 1704.\n\nGranada paid tribute when it had to. Twenty years later the "
        "final war for the emirate would begin."
    )
    assert values(text, date(2014, 6, 20), "narrative")["Twenty years later"] == "1482"


def test_a_clock_time_in_the_part_of_a_dated_day_is_that_time_of_that_day() -> None:
    text = "Darnley was killed at about two o'clock in the morning of Monday, 10 February 1567."
    (timex,) = [t for t in timeline.tag(text, date(2014, 6, 20), "narrative") if t.type.value == "TIME"]
    assert (timex.text, timex.value, timex.mod) == (
        "about two o'clock in the morning of Monday, 10 February 1567",
        "1567-02-10T02:00",
        "APPROX",
    )
    evening = "She died at half past six in the evening of Tuesday, 22 January 1901."
    assert (
        values(evening, date(2014, 6, 20), "narrative")[
            "half past six in the evening of Tuesday, 22 January 1901"
        ]
        == "1901-01-22T18:30"
    )


def test_years_of_three_digits_that_in_introduces_are_years_under_a_news_lead_too() -> None:
    text = (
        "Archaeologists said on Monday that the finds sit comfortably in the 840s.\n\nThe Viking leader "
        "Turgesius was drowned in 845. The first raids on Ireland had come in 795."
    )
    found = values(text, date(2023, 8, 17), "news")
    assert (found["845"], found["795"]) == ("0845", "0795")
    votes = "The House approved one article by 228-206, and another by 221-212 on Monday."
    assert set(values(votes, date(1998, 12, 20), "news")) == {"Monday"}


def test_an_approximate_clock_time_of_the_small_hours_after_a_night_is_the_next_day() -> None:
    text = (
        "On Saturday 11 September 1683 the columns reached the heights. That night the army camped on "
        "the ridge.\n\nFighting flared around four in the morning."
    )
    assert values(text, date(2023, 9, 9), "narrative")["around four in the morning"] == "1683-09-12T04:00"


def test_months_are_not_counted_from_a_year_told_in_passing() -> None:
    text = (
        "In March 1095 envoys of the emperor came before Pope Urban II and asked for knights to fight the "
        "Turks, who had overrun Anatolia since their victory at Manzikert in 1071. Urban gave his answer "
        "eight months later, at Clermont."
    )
    assert values(text, date(2012, 3, 14), "narrative")["eight months later"] == "1095-11"
    text = (
        "On 13 March 1940 Udham Singh shot dead Sir Michael O'Dwyer, Lieutenant-Governor of the Punjab "
        "in 1919, at Caxton Hall. He was hanged four months later."
    )
    assert values(text, date(2014, 4, 15), "narrative")["four months later"] == "1940-07"


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (  # a weekday that does not fit the year an aside leapt to falls in a year told
            "The paratroopers entered the Casbah in January 1957. Ben M'hidi was captured on 23 February. "
            "Forty-four years later, a general admitted that his men had hanged him. In June, after a blast "
            "at the Casino on Sunday, 9 June, Audin was arrested on Tuesday, 11 June.",
            date(2022, 1, 7),
            {"Sunday, 9 June": "1957-06-09", "Tuesday, 11 June": "1957-06-11"},
        ),
        (  # the year of the story's last day told in full goes before years told since in an aside
            "Trotha landed at Swakopmund on 11 June 1904. A veteran of the wars of 1866 and 1870 and of the "
            "expedition in China in 1900, he had been named commander in May. The attack began on the "
            "morning of Thursday, 11 August.",
            date(2023, 8, 11),
            {"the morning of Thursday, 11 August": "1904-08-11TMO"},
        ),
    ],
)
def test_a_weekday_falls_in_a_year_the_story_told(text: str, dct: date, expected: dict[str, str]) -> None:
    found = values(text, dct, "narrative")
    assert {extent: found[extent] for extent in expected} == expected


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        (
            "The war began in 1618. In 1648, the last year of the war, Swedish troops took Prague.",
            "the last year of the war",
            "1648",
        ),
        (
            "In 1598 Oñate marched north. It was the last year of Philip II's reign; the old king died in "
            "September.",
            "the last year of Philip II's reign",
            "1598",
        ),
        (
            "In 431 BC Sparta invaded Attica. In 415 BC, the seventeenth year of the war, Athens sailed for "
            "Sicily.",
            "the seventeenth year of the war",
            "BC0415",
        ),
        (
            "Alfred took London in 886. In 893, the forty-fifth year of Alfred's life, the Danes came.",
            "the forty-fifth year of Alfred's life",
            "0893",
        ),
    ],
)
def test_a_year_of_a_span_a_story_tells_is_the_year_it_is_in(text: str, extent: str, value: str) -> None:
    assert values(text, date(2014, 4, 28), "narrative")[extent] == value


def test_a_history_that_tells_days_before_its_year_is_in_the_first_year_it_gives() -> None:
    found = values(
        "From 23 September the balloons carried letters out of the besieged city. On 7 October Gambetta "
        "left by balloon for Tours. Paris had been cut off since the defeat at Sedan in 1870, and the "
        "siege lasted into the new year.",
        date(2016, 10, 7),
        "narrative",
    )
    assert (found["23 September"], found["7 October"]) == ("1870-09-23", "1870-10-07")


def test_a_weekday_before_a_history_tells_a_date_is_still_of_the_time_of_writing() -> None:
    found = values(
        "On Wednesday the city marks the anniversary of the siege. Paris was cut off in September 1870.",
        date(2016, 10, 7),
        "narrative",
    )
    assert found["Wednesday"] == "2016-10-05"


def test_bare_years_near_the_years_a_story_tells_are_years() -> None:
    found = values(
        "The official history of the Yuan, compiled in 1369, names no day. Rashid al-Din gives 1155, and "
        "some modern scholars prefer 1167. In 1204 the khan gathered 1200 horsemen.",
        date(2012, 11, 5),
        "narrative",
    )
    assert (found["1155"], found["1167"]) == ("1155", "1167")
    assert "1200" not in found  # a number of things


def test_a_season_told_with_a_year_long_past_opens_a_story() -> None:
    text = (
        "Gordon had been cut off since March, but through the spring of 1884 the cabinet resisted demands "
        "to rescue him. The column returned to Korti on 5 January for supplies and set out again on "
        "Thursday. On 16 January its scouts found the wells held."
    )
    assert detect_mode(text, date(2014, 1, 17)) == "narrative"


def test_a_winter_told_in_the_past_perfect_in_spring_is_the_one_just_over() -> None:
    found = values(
        "On 17 March 1813 the king issued his appeal. Napoleon had spent the winter raising a new army.",
        date(2013, 5, 2),
        "narrative",
    )
    assert found["the winter"] == "1812-WI"


def test_a_history_whose_first_weekday_does_not_fit_its_first_year_is_in_the_year_beside_it() -> None:
    found = values(
        "At a council of war on 17 August the emperor agreed to return. On Tuesday, 30 August the corps "
        "was surprised at Beaumont. The peace signed in May 1871 ended the war.",
        date(2018, 9, 3),
        "narrative",
    )
    assert (found["17 August"], found["Tuesday, 30 August"]) == ("1870-08-17", "1870-08-30")


def test_a_decade_told_in_passing_leaves_the_story_on_its_date() -> None:
    found = values(
        "The plenum met in December 1967. On 3 January it reconvened, and in early March newspapers began "
        "to examine the show trials of the 1950s. Novotny resigned the presidency on 22 March.",
        date(2018, 1, 5),
        "narrative",
    )
    assert found["22 March"] == "1968-03-22"


def test_years_counted_on_past_the_time_of_writing_come_to_it() -> None:
    found = values(
        "The German guns opened fire on 21 February 1916. The centenary of the first shell falls on "
        "Sunday. A century later, the woods north of the city still hide unexploded shells.",
        date(2016, 2, 19),
        "narrative",
    )
    assert found["A century later"] == "2016"


def test_a_feast_a_habit_is_kept_on_is_any_years_and_moves_no_story() -> None:
    text = (
        "In the summer of 1549 commons rose across England. Complaints centred on rents, which tenants "
        "paid twice a year, at Lady Day and Michaelmas. In mid-July the camps grew."
    )
    found = values(text, date(2022, 9, 20), "narrative")
    assert (found["Lady Day"], found["Michaelmas"], found["mid-July"]) == (
        "XXXX-03-25",
        "XXXX-09-29",
        "1549-07",
    )
