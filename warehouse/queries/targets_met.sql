-- Targets against outcomes: how often each indicator's targets were met.
select indicator, count(*) filter (where outcome = 'met') as met, count(*) filter (where outcome = 'not_met') as not_met,
    count(*) filter (where outcome = 'no_actual') as no_actual
from target_vs_actual
group by indicator
order by met + not_met desc;
