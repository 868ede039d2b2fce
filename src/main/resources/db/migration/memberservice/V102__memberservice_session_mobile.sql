-- The number a worker proved, encrypted, so that an application filed in that session carries it without the worker
-- typing it again. Sessions opened before have none; their forms ask for the number.
alter table member_session add column mobile_encrypted varchar(200);
