-- Every request carries a different value of a parameter the page ignores ("rebuild"), so no
-- two requests share a cached page, yet each renders the real page: the comparison as of
-- today with all the data. (Earlier runs varied asOf from 2000 on, which hid every later
-- statement and undercounted the rebuild: 86 KB instead of the real 102 KB.) The only
-- difference from the real page is the parameter echoed in the CSV link.
-- Measures the comparison as built from the database (statements, alignment, rendering).
-- Run with one wrk thread (-t1) so that the counter is not duplicated across threads.
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", wrk.path .. "&rebuild=" .. counter)
end
