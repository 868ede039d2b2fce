-- The ID mask shows the first two characters and the check character only (it showed 4 + 4, which together with the
-- birth date shown beside it left about nine candidate numbers). Rewritten from the old mask, which holds both.
update member
   set id_number_masked = concat(substring(id_number_masked, 1, 2), '***************', substring(id_number_masked, 18, 1))
 where substring(id_number_masked, 3, 1) <> '*';
