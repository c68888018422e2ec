-- Every request asks for a different asOf date, so no two requests share a rendered page:
-- measures the comparison as built from the database (statements, alignment, rendering).
-- Run with one wrk thread (-t1) so that the counter is not duplicated across threads.
local counter = 0
request = function()
  counter = counter + 1
  local day = os.date("!%Y-%m-%d", 946684800 + counter * 86400)
  return wrk.format("GET", wrk.path .. "&asOf=" .. day)
end
