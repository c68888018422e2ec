# Sourced by bench/run.sh and bench/ab.sh.
# Waits (at most 10 s) until the machine is idle: the tail of a load (the requests still in
# flight, the JIT compiling what it made hot) must not fall on the next measurement. After
# the rebuilt comparison's run, nginx measured 24,000 requests/s in the next 2 s and
# 52,000 after them; an 8 s run right after it averaged 25,000 against 53,000 when settled.
settle() {
  local _ a1 b1 c1 d1 e1 f1 g1 h1 a2 b2 c2 d2 e2 f2 g2 h2 busy total
  for _ in $(seq 1 20); do
    read -r _ a1 b1 c1 d1 e1 f1 g1 h1 _ </proc/stat
    sleep 0.5
    read -r _ a2 b2 c2 d2 e2 f2 g2 h2 _ </proc/stat
    total=$(( (a2+b2+c2+d2+e2+f2+g2+h2) - (a1+b1+c1+d1+e1+f1+g1+h1) ))
    busy=$(( total - (d2 - d1) - (e2 - e1) ))
    (( total > 0 && busy * 10 < total )) && return 0
  done
}
