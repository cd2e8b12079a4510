// The floor of the benchmark: the least a SCO can do. No framework, no build step.
// Finds the LMS API in a parent frame, Initialize, SetValue incomplete, Commit,
// renders a heading and a "Volgende" button, Terminate on pagehide.
(function () {
  function find(name) {
    var win = window;
    for (var depth = 0; win && depth <= 10; depth++) {
      try {
        if (win[name]) return win[name];
      } catch (e) {
        /* cross-origin */
      }
      if (win.parent === win) break;
      win = win.parent;
    }
    return null;
  }

  var api2004 = find('API_1484_11');
  var api12 = api2004 ? null : find('API');
  var lms = api2004
    ? {
        init: function () {
          return api2004.Initialize('');
        },
        set: function (k, v) {
          return api2004.SetValue(k, v);
        },
        commit: function () {
          return api2004.Commit('');
        },
        finish: function () {
          return api2004.Terminate('');
        },
        status: 'cmi.completion_status',
        location: 'cmi.location',
      }
    : api12
      ? {
          init: function () {
            return api12.LMSInitialize('');
          },
          set: function (k, v) {
            return api12.LMSSetValue(k, v);
          },
          commit: function () {
            return api12.LMSCommit('');
          },
          finish: function () {
            return api12.LMSFinish('');
          },
          status: 'cmi.core.lesson_status',
          location: 'cmi.core.lesson_location',
        }
      : null;

  if (lms) {
    lms.init();
    lms.set(lms.status, 'incomplete');
    lms.commit();
  }

  var page = 1;
  var heading = document.createElement('h2');
  heading.textContent = 'Pagina 1';
  var next = document.createElement('button');
  next.type = 'button';
  next.textContent = 'Volgende';
  next.addEventListener('click', function () {
    page++;
    heading.textContent = 'Pagina ' + page;
    if (lms) {
      lms.set(lms.location, String(page));
      lms.commit();
    }
  });
  document.getElementById('app').replaceChildren(heading, next);

  var done = false;
  window.addEventListener('pagehide', function () {
    if (done || !lms) return;
    done = true;
    lms.finish();
  });
})();
