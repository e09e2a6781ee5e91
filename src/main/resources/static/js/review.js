/*
 * gongwen's review page, a little better with JavaScript (everything works without it: the forms post
 * and the server answers with the page):
 *  - a visible "working" state while the server reads or typesets;
 *  - rows moved, merged and deleted in place, without a round trip (the server reads the rows in the
 *    order the form sends them, so the order on the page is the order of the document);
 *  - 预览 and 应用修改 fetched and swapped into the page instead of a full reload, then the result
 *    brought into view.
 */
(function () {
  'use strict';

  function busy(message) {
    var status = document.getElementById('busy');
    if (!status) return;
    status.textContent = message;
    status.hidden = !message;
    document.body.toggleAttribute('aria-busy', !!message);
  }

  function textOf(li) {
    return li && li.querySelector('textarea');
  }

  /** A row of text (a heading, a paragraph…), never a picture's caption, a table or an appendix's title. */
  function isTextRow(li) {
    return li && li.classList.contains('row') && li.dataset.text === '1' && textOf(li);
  }

  function rowOp(button) {
    var li = button.closest('li.row');
    var op = button.value.split(':')[0];
    if (!li) return false;
    if (op === 'up') {
      if (!li.previousElementSibling) return true;
      li.parentNode.insertBefore(li, li.previousElementSibling);
    } else if (op === 'down') {
      if (!li.nextElementSibling) return true;
      li.parentNode.insertBefore(li.nextElementSibling, li);
    } else if (op === 'delete') {
      var next = li.nextElementSibling || li.previousElementSibling;
      li.remove();
      if (next) (next.querySelector('textarea, input, select') || next).focus();
      changed();
      return true;
    } else if (op === 'merge') {
      var following = li.nextElementSibling;
      if (!isTextRow(li) || !isTextRow(following)) return true;
      textOf(li).value = textOf(li).value.trim() + textOf(following).value.trim();
      following.remove();
    } else {
      return false;
    }
    renumber();
    button.focus();
    changed();
    return true;
  }

  /** The rows' numbers as shown, and as their controls' names say them ("第3块上移"): their order on the page. */
  function renumber() {
    var n = 0;
    document.querySelectorAll('ol.rows > li.row').forEach(function (li) {
      var no = li.querySelector('.row-no');
      if (!no) return;
      no.textContent = String(++n);
      li.querySelectorAll('[aria-label]').forEach(function (control) {
        control.setAttribute('aria-label', control.getAttribute('aria-label').replace(/第\d+块/, '第' + n + '块'));
      });
    });
  }

  function changed() {
    var pages = document.getElementById('pages');
    if (pages && !pages.querySelector('.stale')) {
      var p = document.createElement('p');
      p.className = 'alert stale';
      p.textContent = '上面的内容已修改，这里还是修改前的预览：请再点“预览”。';
      pages.insertBefore(p, pages.children[1] || null);
    }
  }

  var inFlight = false;

  /**
   * Posts the form and puts the answer's page in place of this one. Only an answer that is the review
   * page (corrections shown, or shown as sent with what to fix) replaces it; anything else (a refusal
   * before the page, a network failure) is said in place and the page stays as it is, nothing lost.
   */
  function swap(form, submitter) {
    var action = (submitter && submitter.getAttribute('formaction')) || form.getAttribute('action');
    var target = action.indexOf('#') >= 0 ? action.substring(action.indexOf('#') + 1) : null;
    var url = action.split('#')[0];
    var body = new URLSearchParams(new FormData(form, submitter));
    inFlight = true;
    busy((submitter && submitter.dataset.busy) || form.dataset.busy || '正在处理……');
    fetch(url, { method: 'POST', body: body, headers: { 'Accept': 'text/html' } })
      .then(function (response) {
        if ((response.headers.get('Content-Type') || '').indexOf('json') >= 0) {
          // refused before the page (a body over the limit, a busy service): problem+json says why
          return response.json().then(function (problem) { throw new Error(problem.detail || problem.title); });
        }
        return response.text();
      })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, 'text/html');
        var main = page.getElementById('main');
        if (!main || !main.querySelector('#review')) {
          var said = page.querySelector('.alert, main p, title');
          throw new Error(said ? said.textContent.trim() : '服务没有给出结果');
        }
        document.getElementById('main').replaceWith(main);
        var error = document.getElementById('error');
        var into = error || (target && document.getElementById(target));
        busy('');
        if (into) {
          into.scrollIntoView({ block: 'start' });
          (into.matches('h2, .alert') ? into : (into.querySelector('h2') || into)).focus({ preventScroll: true });
        }
      })
      .catch(function (failure) {
        busy('');
        var say = document.getElementById('swap-error') || document.createElement('div');
        say.id = 'swap-error';
        say.className = 'alert';
        say.setAttribute('role', 'alert');
        say.textContent = '没有完成：' + (failure && failure.message ? failure.message : '网络中断')
          + '。页面上的内容都还在，可以再试一次。';
        var actions = form.querySelector('.actions');
        form.insertBefore(say, actions);
        say.scrollIntoView({ block: 'center' });
      })
      .finally(function () { inFlight = false; });
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest('button[name=op]');
    if (button && rowOp(button)) event.preventDefault();
  });

  document.addEventListener('submit', function (event) {
    var form = event.target;
    var submitter = event.submitter;
    var download = submitter && submitter.name === 'format';
    if (download) return;   // a file arrives, the page stays
    var file = form.querySelector('input[type=file]');
    var max = Number(form.dataset.maxUpload || 0);
    if (file && file.files.length && max && file.files[0].size > max) {
      // the server would refuse the whole request, the paste with it: say it here and keep both
      event.preventDefault();
      busy('');
      var say = document.getElementById('upload-error') || document.createElement('div');
      say.id = 'upload-error';
      say.className = 'alert';
      say.setAttribute('role', 'alert');
      say.textContent = '文件太大：最大 ' + Math.floor(max / 1048576) + ' MB。请拆分后分别处理，或把文本粘贴在上面。';
      form.insertBefore(say, form.firstChild);
      return;
    }
    if (form.id === 'review-form' && window.fetch && window.DOMParser) {
      event.preventDefault();
      if (!inFlight) swap(form, submitter);   // a second press waits for the first answer
      return;
    }
    busy((submitter && submitter.dataset.busy) || form.dataset.busy || '正在处理……');
  });

  // a row's kind chosen anew: its text box is named by it, "第3块（一级标题 一、）的文字"
  document.addEventListener('change', function (event) {
    var kind = event.target;
    if (!kind.matches || !kind.matches('li.row select[name=k]')) return;
    var text = textOf(kind.closest('li.row'));
    var chosen = kind.options[kind.selectedIndex];
    if (text && chosen && text.hasAttribute('aria-label')) {
      text.setAttribute('aria-label', text.getAttribute('aria-label').replace(/（[^）]*）的文字$/, '（' + chosen.text + '）的文字'));
    }
  });

  document.addEventListener('input', function (event) {
    if (event.target.closest && event.target.closest('#review-form')) changed();
  });
})();
