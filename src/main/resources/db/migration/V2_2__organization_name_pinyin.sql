-- Pickers find a union by pinyin as cadres type it: initials (hpq for 和平区) or the full reading (heping).
-- Filled on insert and rename; rows from earlier migrations are filled at start-up (OrganizationNamesInPinyin).
alter table organization add column name_initials varchar(200);
alter table organization add column name_pinyin varchar(1200);
