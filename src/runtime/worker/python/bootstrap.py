"""Lambda's Python runtime inside one Pyodide interpreter: INIT and invokes, as AWS runs them.

The observable behaviour follows AWS's Python runtime interface client (awslambdaric, the runtime
inside every managed python3.x Lambda): how the handler string is resolved and which errors it
gives, the `context` object, how the response is serialized, the error JSON and the `[ERROR]` log
line, and the logging root logger's format. Each fact and its source: docs/aws-lambda.md, section
"Python runtime". The page's TypeScript driver (python-runtime.ts) calls `prepare`, `load` and
`invoke`; everything the function writes reaches it through the `sink` it hands to `prepare`.
"""

import decimal
import importlib
import io
import json
import logging
import math
import os
import shutil
import sys
import time
import traceback

TASK_ROOT = "/var/task"

# The warning Lambda logs (at WARNING, on the root logger) before a failed INIT's [ERROR] line.
UNHANDLED_EXCEPTION_WARNING = (
    "LAMBDA_WARNING: Unhandled exception. "
    "The most likely cause is an issue in the function code. "
    "However, in rare cases, a Lambda runtime update can cause unexpected function behavior. "
    "For functions using managed runtimes, runtime updates can be triggered by a function change, "
    "or can be applied automatically. "
    "To determine if the runtime has been updated, check the runtime version in the INIT_START "
    "log entry. "
    "If this error correlates with a change in the runtime version, you may be able to mitigate "
    "this error by temporarily rolling back to the previous runtime version. "
    "For more information, see https://docs.aws.amazon.com/lambda/latest/dg/runtimes-update.html\r"
)

# The [ERROR] line indents its traceback with no-break spaces, so no log viewer trims them.
TRACE_INDENT = "\u00a0"

# Python's logging levels as the playground's log levels.
LOG_LEVELS = (
    (logging.CRITICAL, "FATAL"),
    (logging.ERROR, "ERROR"),
    (logging.WARNING, "WARN"),
    (logging.INFO, "INFO"),
    (logging.DEBUG, "DEBUG"),
)

_sink = None
_request_id = None
_handler = None
_ensure_ascii = True
# AWS_LAMBDA_LOG_FORMAT=JSON: logging records and the error event are JSON lines.
_json_logs = False

# The JSON format's time: seconds only, UTC.
JSON_TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
# LogRecord attributes the JSON format does not copy into a line as extra keys.
RECORD_FIELDS = {
    "name", "msg", "args", "levelname", "levelno", "pathname", "filename", "module",
    "exc_info", "exc_text", "stack_info", "lineno", "funcName", "created", "msecs",
    "relativeCreated", "thread", "threadName", "processName", "process", "aws_request_id",
    "tenant_id", "_frame_type",
}


class _Fault(Exception):
    """An error the runtime itself reports, with a Runtime.* type."""

    def __init__(self, error_type, message, trace=None):
        super().__init__(message)
        self.error_type = error_type
        self.message = message
        self.trace = trace


def _emit(level, text):
    _sink(level, text)


class _StreamLines(io.TextIOBase):
    """stdout or stderr: Lambda reads the stream by lines, each line one log event as written."""

    def __init__(self, level, name):
        super().__init__()
        self._level = level
        self._pending = ""
        self.name = name

    @property
    def encoding(self):
        return "utf-8"

    def writable(self):
        return True

    def isatty(self):
        return False

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError("write() argument must be str, not " + type(text).__name__)
        self._pending += text
        *lines, self._pending = self._pending.split("\n")
        for line in lines:
            _emit(self._level, line)
        return len(text)

    def flush(self):
        # A flush pushes bytes, not events: a line still ends only at its newline.
        pass

    def end_partial_line(self):
        """At the end of INIT or an invoke, text written without a newline still reaches the log."""
        if self._pending:
            text, self._pending = self._pending, ""
            _emit(self._level, text)


class _RequestIdFilter(logging.Filter):
    def filter(self, record):
        record.aws_request_id = _request_id or ""
        return True


class _LambdaLogHandler(logging.Handler):
    """The root logger's handler: one log event per record, in the text or JSON format."""

    def emit(self, record):
        try:
            text = self.format(record)
        except Exception:
            self.handleError(record)
            return
        _emit(_level_name(record.levelno), text[:-1] if text.endswith("\n") else text)


def _level_name(levelno):
    for threshold, name in LOG_LEVELS:
        if levelno >= threshold:
            return name
    return "TRACE"


class _JsonFormatter(logging.Formatter):
    """One JSON object per record: Lambda's keys, then the record's own extra attributes."""

    def __init__(self):
        super().__init__(datefmt=JSON_TIME_FORMAT)

    def format(self, record):
        # Levels are rounded down to a multiple of ten and named as Python names them.
        record.levelno = min(50, max(0, record.levelno)) // 10 * 10
        record.levelname = logging.getLevelName(record.levelno)
        error = record.exc_info
        line = {
            "timestamp": self.formatTime(record, self.datefmt),
            "level": record.levelname,
            "message": record.getMessage(),
            "logger": record.name,
            "stackTrace": traceback.format_tb(error[2]) if error else None,
            "errorType": error[0].__name__ if error else None,
            "errorMessage": str(error[1]) if error else None,
            "requestId": getattr(record, "aws_request_id", None),
            "location": "{}:{}:{}".format(record.pathname, record.funcName, record.lineno)
            if error
            else None,
        }
        for key, value in record.__dict__.items():
            if key not in RECORD_FIELDS and key not in line:
                line[key] = value
        line = {key: value for key, value in line.items() if value is not None}
        return json.dumps(line, ensure_ascii=False) + "\n"


def _level_from_env(value):
    """AWS_LAMBDA_LOG_LEVEL as a logging level name; TRACE has none in Python, so DEBUG."""
    if value is None:
        return ""
    return {"TRACE": "DEBUG"}.get(value, value).upper()


def _set_up_logging(env):
    global _json_logs
    _json_logs = (env.get("AWS_LAMBDA_LOG_FORMAT") or "").upper() == "JSON"
    logging.Formatter.converter = time.gmtime
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    # Unless the JSON format's level says otherwise, the root logger keeps Python's default,
    # WARNING, as on Lambda.
    root.setLevel(logging.WARNING)
    level = _level_from_env(env.get("AWS_LAMBDA_LOG_LEVEL"))
    if level in logging.getLevelNamesMapping():
        root.setLevel(level)
    handler = _LambdaLogHandler()
    if _json_logs:
        handler.setFormatter(_JsonFormatter())
    else:
        handler.setFormatter(
            logging.Formatter(
                "[%(levelname)s]\t%(asctime)s.%(msecs)03dZ\t%(aws_request_id)s\t%(message)s\n",
                "%Y-%m-%dT%H:%M:%S",
            )
        )
    handler.addFilter(_RequestIdFilter())
    root.addHandler(handler)


def _forget_task_modules():
    """Modules a previous function imported from /var/task must not answer for this one."""
    for name, module in list(sys.modules.items()):
        path = getattr(module, "__file__", None) or ""
        if path.startswith(TASK_ROOT + "/"):
            del sys.modules[name]


def _write_task_files(files):
    # Out of the folder first: the filesystem keeps a working directory from being removed.
    os.chdir("/")
    shutil.rmtree(TASK_ROOT, ignore_errors=True)
    os.makedirs(TASK_ROOT, exist_ok=True)
    for relative, text in files.items():
        path = os.path.join(TASK_ROOT, relative)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as file:
            file.write(text)


def prepare(sink, files_json, env_json):
    """Sets up a fresh environment: the function's files in /var/task, its variables, Lambda's
    streams and logging. Not part of INIT: on Lambda all of this exists before the runtime starts."""
    global _sink, _request_id, _handler, _ensure_ascii
    _sink = sink
    _request_id = None
    _handler = None
    env = json.loads(env_json)
    os.environ.clear()
    os.environ.update(env)
    # Python 3.12 and later runtimes write non-ASCII characters as they are.
    _ensure_ascii = env.get("AWS_EXECUTION_ENV") not in {
        "AWS_Lambda_python3.12",
        "AWS_Lambda_python3.13",
        "AWS_Lambda_python3.14",
    }
    _forget_task_modules()
    _write_task_files(json.loads(files_json))
    os.chdir(TASK_ROOT)
    sys.path[:] = [TASK_ROOT] + [p for p in sys.path if p not in ("", TASK_ROOT)]
    importlib.invalidate_caches()
    sys.stdout = _StreamLines("INFO", "<stdout>")
    sys.stderr = _StreamLines("ERROR", "<stderr>")
    _set_up_logging(env)


def _resolve_handler(handler):
    try:
        module_name, function_name = handler.rsplit(".", 1)
    except ValueError as error:
        raise _Fault(
            "Runtime.MalformedHandlerName", "Bad handler '{}': {}".format(handler, error)
        )
    if module_name.split(".")[0] in sys.builtin_module_names:
        raise _Fault(
            "Runtime.BuiltInModuleConflict",
            "Cannot use built-in module {} as a handler module".format(module_name),
        )
    try:
        module = importlib.import_module(module_name.replace("/", "."))
    except ImportError as error:
        raise _Fault(
            "Runtime.ImportModuleError",
            "Unable to import module '{}': {}".format(module_name, error),
        )
    except SyntaxError as error:
        where = '  File "{}" Line {}\n    {}'.format(error.filename, error.lineno, error.text)
        raise _Fault(
            "Runtime.UserCodeSyntaxError",
            "Syntax error in module '{}': {}".format(module_name, error),
            [where],
        )
    try:
        return getattr(module, function_name)
    except AttributeError:
        raise _Fault(
            "Runtime.HandlerNotFound",
            "Handler '{}' missing on module '{}'".format(function_name, module_name),
        )


def _error_result(message, error_type, stack_trace, request_id=None):
    """The error JSON's fields, in Lambda's order."""
    return {
        "errorMessage": message or "",
        "errorType": error_type or "",
        "requestId": request_id if request_id is not None else "",
        "stackTrace": stack_trace or [],
    }


def _user_trace(tb):
    """The traceback as `traceback.format_list` prints it, from the first frame not the runtime's."""
    frames = [(f.filename, f.lineno, f.name, f.line) for f in traceback.extract_tb(tb)]
    for index, frame in enumerate(frames):
        if "/bootstrap.py" not in frame[0]:
            frames = frames[index:]
            break
    # Plain tuples, as the runtime client passes them: no column markers under the lines.
    return traceback.format_list(frames)


def _exception_result(error, request_id=None):
    return _error_result(str(error), type(error).__name__, _user_trace(error.__traceback__), request_id)


def _log_error(result):
    """The `[ERROR] <type>: <message>` event, its traceback lines below it (in the JSON format,
    the error JSON with a timestamp and level first)."""
    if _json_logs:
        stamped = {
            "timestamp": time.strftime(JSON_TIME_FORMAT, time.gmtime(time.time())),
            "log_level": "ERROR",
            **result,
        }
        _emit("ERROR", _to_json(stamped))
        return
    head = "[ERROR]"
    if result["errorType"]:
        head += " " + result["errorType"]
    if result["errorMessage"]:
        if result["errorType"]:
            head += ":"
        head += " " + result["errorMessage"]
    lines = [head, "Traceback (most recent call last):"]
    for element in result["stackTrace"]:
        if element == "":
            lines.append("")
            continue
        for line in element.splitlines():
            stripped = line.lstrip(" ")
            lines.append(TRACE_INDENT * (len(line) - len(stripped)) + stripped)
    _emit("ERROR", "\n".join(lines))


class _DecimalText:
    """Decimals are written as their exact text (never through float), as Lambda's encoder does."""

    def __init__(self):
        self.texts = []

    def placeholder(self, value):
        self.texts.append(str(value))
        return "\0decimal:{}\0".format(len(self.texts) - 1)

    def restore(self, encoded):
        for index, text in enumerate(self.texts):
            marker = json.dumps("\0decimal:{}\0".format(index), ensure_ascii=_ensure_ascii)
            encoded = encoded.replace(marker, text, 1)
        return encoded


def _to_json(value):
    decimals = _DecimalText()

    def default(obj):
        if isinstance(obj, decimal.Decimal):
            return math.nan if obj.is_nan() else decimals.placeholder(obj)
        raise TypeError("Object of type {} is not JSON serializable".format(type(obj).__name__))

    encoded = json.dumps(value, ensure_ascii=_ensure_ascii, allow_nan=True, default=default)
    return decimals.restore(encoded) if decimals.texts else encoded


def _marshal(response):
    if isinstance(response, bytes):
        return response.decode("utf-8", "replace")
    try:
        return _to_json(response)
    except Exception as error:
        raise _Fault("Runtime.MarshalError", "Unable to marshal response: {}".format(error))


def _unmarshal(event_json):
    try:
        return json.loads(event_json)
    except Exception as error:
        raise _Fault("Runtime.UnmarshalError", "Unable to unmarshal input: {}".format(error))


def _exit_status(code):
    """What sys.exit(code) leaves as the process's exit status (and prints, for a message)."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


def _end_partial_lines():
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, _StreamLines):
            stream.end_partial_line()


def load(handler):
    """INIT: imports the handler's module (its module scope runs once, here). Returns None, or the
    outcome's JSON: the error JSON Lambda reports, or the exit status of a runtime that exited."""
    global _handler
    try:
        try:
            _handler = _resolve_handler(handler)
            return None
        except _Fault as fault:
            result = _error_result(fault.message, fault.error_type, fault.trace)
        except Exception as error:
            result = _exception_result(error)
        logging.warning(UNHANDLED_EXCEPTION_WARNING)
        _log_error(result)
        return json.dumps({"error": _to_json(result)})
    except SystemExit as exit:
        return json.dumps({"exit": _exit_status(exit.code)})
    finally:
        _end_partial_lines()


def invoke(event_json, request_id, deadline_ms, invoked_function_arn):
    """One request: the handler's result as Lambda's response body, or Lambda's error JSON."""
    global _request_id
    _request_id = request_id
    try:
        try:
            context = LambdaContext(request_id, deadline_ms, invoked_function_arn)
            event = _unmarshal(event_json)
            return json.dumps({"payload": _marshal(_handler(event, context))})
        except _Fault as fault:
            result = _error_result(fault.message, fault.error_type, fault.trace, request_id)
        except Exception as error:
            result = _exception_result(error, request_id)
        _log_error(result)
        return json.dumps({"error": _to_json(result)})
    except SystemExit as exit:
        return json.dumps({"exit": _exit_status(exit.code)})
    finally:
        _end_partial_lines()


def syntax_errors(files_json):
    """Compiles each file without running it: the editor marks a syntax error before any INIT.
    Returns JSON: [{"file", "line", "column", "message"}] (line and column from 1)."""
    found = []
    for relative, text in json.loads(files_json).items():
        if not relative.endswith(".py"):
            continue
        try:
            # Not the file's path in /var/task: for some errors CPython reads the line back from
            # the named file, and the file there may be another version (or another function's).
            compile(text, "<{}>".format(relative), "exec", dont_inherit=True)
        except SyntaxError as error:
            found.append(
                {
                    "file": relative,
                    "line": error.lineno or 1,
                    "column": error.offset or 1,
                    "message": "{}: {}".format(type(error).__name__, error.msg),
                }
            )
    return json.dumps(found)


class CognitoIdentity:
    __slots__ = ["cognito_identity_id", "cognito_identity_pool_id"]

    def __init__(self):
        self.cognito_identity_id = None
        self.cognito_identity_pool_id = None

    def __repr__(self):
        return "CognitoIdentity([cognito_identity_id={},cognito_identity_pool_id={}])".format(
            self.cognito_identity_id, self.cognito_identity_pool_id
        )


class LambdaContext:
    """The handler's `context`: names, order and types as on Lambda. The values Lambda takes from
    the environment stay strings, memory_limit_in_mb included (docs/aws-lambda.md#python-runtime)."""

    def __init__(self, request_id, deadline_ms, invoked_function_arn):
        self.aws_request_id = request_id
        self.log_group_name = os.environ.get("AWS_LAMBDA_LOG_GROUP_NAME")
        self.log_stream_name = os.environ.get("AWS_LAMBDA_LOG_STREAM_NAME")
        self.function_name = os.environ.get("AWS_LAMBDA_FUNCTION_NAME")
        self.memory_limit_in_mb = os.environ.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")
        self.function_version = os.environ.get("AWS_LAMBDA_FUNCTION_VERSION")
        self.invoked_function_arn = invoked_function_arn
        self.tenant_id = None
        self.client_context = None
        self.identity = CognitoIdentity()
        self._epoch_deadline_time_in_ms = deadline_ms

    def get_remaining_time_in_millis(self):
        remaining = self._epoch_deadline_time_in_ms - int(time.time() * 1000)
        return remaining if remaining > 0 else 0

    def log(self, msg):
        _emit("INFO", str(msg))

    def __repr__(self):
        fields = (
            ("aws_request_id", self.aws_request_id),
            ("log_group_name", self.log_group_name),
            ("log_stream_name", self.log_stream_name),
            ("function_name", self.function_name),
            ("memory_limit_in_mb", self.memory_limit_in_mb),
            ("function_version", self.function_version),
            ("invoked_function_arn", self.invoked_function_arn),
            ("client_context", self.client_context),
            ("identity", self.identity),
            ("tenant_id", self.tenant_id),
        )
        return "LambdaContext([" + ",".join("{}={}".format(k, v) for k, v in fields) + "])"
