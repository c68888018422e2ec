-- Every request carries a different value of a parameter the page ignores ("rebuild"), so no
-- two requests share a cached page, yet each renders the real page: the comparison as of
-- today with all the data. (Earlier runs varied asOf from 2000 on, which hid every later
-- statement and undercounted the rebuild: 86 KB instead of the real 102 KB.) The only
-- difference from the real page is the parameter echoed in the CSV link.
-- Each run starts its counter from the clock, so that later rounds do not meet values an
-- earlier round left in the cache. Run with one wrk thread (-t1): the counter is per thread.
local counter = os.time() * 1000
request = function()
  counter = counter + 1
  return wrk.format("GET", wrk.path .. "&rebuild=" .. counter)
end
