-- a dataset may require its shares to expire, after between min and max months (both null: shares do not expire)
alter table datasets
    add column share_expiry_min_months int,
    add column share_expiry_max_months int,
    add constraint datasets_share_expiry_check check (
        (share_expiry_min_months is null and share_expiry_max_months is null)
        or (share_expiry_min_months between 1 and share_expiry_max_months));
