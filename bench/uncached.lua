-- Every request asks for a different asOf date, so no two requests share a rendered page:
-- measures the comparison as built from the database (statements, alignment, rendering).
-- The dates start in 2030, after all the data, so that the page rendered is the real one
-- (the same rows as without asOf), not an early state with fewer points and positions.
-- Each run starts from the clock, so that later rounds do not meet dates an earlier round
-- left in the cache. Run with one wrk thread (-t1): the counter is not shared across threads.
local counter = (os.time() % 2000) * 1000
request = function()
  counter = counter + 1
  local day = os.date("!%Y-%m-%d", 1893456000 + counter * 86400)
  return wrk.format("GET", wrk.path .. "&asOf=" .. day)
end
