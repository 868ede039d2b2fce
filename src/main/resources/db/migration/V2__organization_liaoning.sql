-- The real top of the Liaoning tree: 辽宁省总工会 and its 14 city federations (GB/T 2260 codes).
insert into organization (parent_id, name, kind, region_code) values (null, '辽宁省总工会', 'FEDERATION', '210000');
insert into organization (parent_id, name, kind, region_code) select id, '沈阳市总工会', 'FEDERATION', '210100' from organization where region_code = '210000';
insert into organization (parent_id, name, kind, region_code) select id, '大连市总工会', 'FEDERATION', '210200' from organization where region_code = '210000';
insert into organization (parent_id, name, kind, region_code) select id, '鞍山市总工会', 'FEDERATION', '210300' from organization where region_code = '210000';
insert into organization (parent_id, name, kind, region_code) select id, '抚顺市总工会', 'FEDERATION', '210400' from organization where region_code = '210000';
insert into organization (parent_id, name, kind, region_code) select id, '本溪市总工会', 'FEDERATION', '210500' from organization where region_code = '210000';
insert into organization (parent_id, name, kind, region_code) select id, '丹东市总工会', 'FEDERATION', '210600' from organization where region_code = '210000';
insert into organization (parent_id, name, kind, region_code) select id, '锦州市总工会', 'FEDERATION', '210700' from organization where region_code = '210000';
insert into organization (parent_id, name, kind, region_code) select id, '营口市总工会', 'FEDERATION', '210800' from organization where region_code = '210000';
insert into organization (parent_id, name, kind, region_code) select id, '阜新市总工会', 'FEDERATION', '210900' from organization where region_code = '210000';
insert into organization (parent_id, name, kind, region_code) select id, '辽阳市总工会', 'FEDERATION', '211000' from organization where region_code = '210000';
insert into organization (parent_id, name, kind, region_code) select id, '盘锦市总工会', 'FEDERATION', '211100' from organization where region_code = '210000';
insert into organization (parent_id, name, kind, region_code) select id, '铁岭市总工会', 'FEDERATION', '211200' from organization where region_code = '210000';
insert into organization (parent_id, name, kind, region_code) select id, '朝阳市总工会', 'FEDERATION', '211300' from organization where region_code = '210000';
insert into organization (parent_id, name, kind, region_code) select id, '葫芦岛市总工会', 'FEDERATION', '211400' from organization where region_code = '210000';
insert into organization_closure (ancestor_id, descendant_id, distance) select id, id, 0 from organization;
insert into organization_closure (ancestor_id, descendant_id, distance) select p.id, c.id, 1 from organization c join organization p on p.id = c.parent_id;
