-- Macros the views use. Applied after the tables (00_tables.sql), before the views.

-- The year a period belongs to, for charts over time: the last year of a span (2021-2025 → 2025), else the
-- period's leading year (2025, 2025-Q1, 2025-03, 2025-12-31 → 2025); null for a figure without a period. The facts
-- view's `year` is this, falling back to the document's date.
create macro period_year(p) as
    case
        when regexp_full_match(p, '[0-9]{4}-[0-9]{4}') then cast(substr(p, 6, 4) as integer)
        when regexp_matches(p, '^[0-9]{4}') then cast(substr(p, 1, 4) as integer)
    end;

-- The place of the last significant digit of an exact value, as a power of ten: 134.9万亿 (134900000000000) → 11,
-- 5.25 → -2, 1256万 → 4, 0 → 0. Two values agree when they differ by less than half a unit of the coarser one.
create macro figure_precision(v) as
    case
        when length(rtrim(split_part(cast(abs(v) as varchar), '.', 2), '0')) > 0
            then -length(rtrim(split_part(cast(abs(v) as varchar), '.', 2), '0'))
        when abs(v) = 0 then 0
        else length(split_part(cast(abs(v) as varchar), '.', 1))
             - length(rtrim(split_part(cast(abs(v) as varchar), '.', 1), '0'))
    end;
