# Richards-style operating-system simulation: a priority scheduler runs an idle task,
# a worker, two handlers and two devices that pass packets to each other. Exercises
# classes with inheritance, attribute reads and writes, method calls and linked lists.
N = 70000  # bench:scale -- idle-task steps; the other tasks do proportional work

WORK = 0
DEVICE = 1

IDLE = 0
WORKER = 1
HANDLER_A = 2
HANDLER_B = 3
DEVICE_A = 4
DEVICE_B = 5


class Packet:
    def __init__(self, kind, link):
        self.kind = kind
        self.link = link
        self.owner = -1
        self.datum = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        # Packets form singly linked FIFO queues; returns the new head.
        self.link = None
        if queue is None:
            return self
        tail = queue
        while tail.link is not None:
            tail = tail.link
        tail.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.next = None
        self.held = False
        self.waiting = queue is not None

    def runnable(self):
        if self.held:
            return False
        return not self.waiting or self.queue is not None

    def take(self):
        packet = self.queue
        self.queue = packet.link
        packet.link = None
        return packet

    def step(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, budget):
        Task.__init__(self, scheduler, ident, priority, None)
        self.budget = budget
        self.seed = 1

    def step(self, packet):
        self.budget -= 1
        if self.budget == 0:
            return self.scheduler.hold()
        self.seed = (self.seed * 69069 + 1) & 0xFFFF
        if self.seed & 0x100:
            return self.scheduler.release(DEVICE_A)
        return self.scheduler.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.destination = HANDLER_A
        self.letter = 0

    def step(self, packet):
        if packet is None:
            return self.scheduler.wait()
        if self.destination == HANDLER_A:
            self.destination = HANDLER_B
        else:
            self.destination = HANDLER_A
        packet.datum = 0
        for i in range(4):
            self.letter = (self.letter + 1) % 26
            packet.data[i] = self.letter
        return self.scheduler.send(packet, self.destination)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue, device):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.device = device
        self.work = None
        self.devices = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        if self.work is not None:
            work = self.work
            if work.datum >= 4:
                self.work = work.link
                return self.scheduler.send(work, WORKER)
            if self.devices is not None:
                device_packet = self.devices
                self.devices = device_packet.link
                device_packet.datum = work.data[work.datum]
                work.datum += 1
                return self.scheduler.send(device_packet, self.device)
        return self.scheduler.wait()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority, handler):
        Task.__init__(self, scheduler, ident, priority, None)
        self.handler = handler
        self.pending = None
        self.output = 0

    def step(self, packet):
        if packet is None:
            if self.pending is None:
                return self.scheduler.wait()
            done = self.pending
            self.pending = None
            return self.scheduler.send(done, self.handler)
        self.pending = packet
        self.output = (self.output * 31 + packet.datum) % 1000003
        return self.scheduler.hold()


class Scheduler:
    def __init__(self):
        self.tasks = [None] * 6
        self.head = None
        self.current = None
        self.sends = 0
        self.holds = 0

    def add(self, task):
        self.tasks[task.ident] = task
        # Keep the task list in descending priority order.
        if self.head is None or task.priority > self.head.priority:
            task.next = self.head
            self.head = task
            return
        node = self.head
        while node.next is not None and node.next.priority >= task.priority:
            node = node.next
        task.next = node.next
        node.next = task

    def wait(self):
        self.current.waiting = True
        return self.current

    def hold(self):
        self.holds += 1
        self.current.held = True
        return self.current.next

    def release(self, ident):
        task = self.tasks[ident]
        task.held = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def send(self, packet, ident):
        task = self.tasks[ident]
        self.sends += 1
        packet.owner = self.current.ident
        task.queue = packet.append_to(task.queue)
        if task.priority > self.current.priority:
            return task
        return self.current

    def run(self):
        task = self.head
        steps = 0
        while task is not None:
            if not task.runnable():
                task = task.next
                continue
            packet = None
            if task.waiting and task.queue is not None:
                packet = task.take()
                task.waiting = False
            self.current = task
            steps += 1
            task = task.step(packet)
        return steps


def simulate(budget):
    sched = Scheduler()
    sched.add(IdleTask(sched, IDLE, 0, budget))
    work_queue = Packet(WORK, Packet(WORK, None))
    sched.add(WorkerTask(sched, WORKER, 1000, work_queue))
    queue_a = Packet(DEVICE, Packet(DEVICE, Packet(DEVICE, None)))
    sched.add(HandlerTask(sched, HANDLER_A, 2000, queue_a, DEVICE_A))
    queue_b = Packet(DEVICE, Packet(DEVICE, Packet(DEVICE, None)))
    sched.add(HandlerTask(sched, HANDLER_B, 3000, queue_b, DEVICE_B))
    sched.add(DeviceTask(sched, DEVICE_A, 4000, HANDLER_A))
    sched.add(DeviceTask(sched, DEVICE_B, 5000, HANDLER_B))
    steps = sched.run()
    return steps, sched.sends, sched.holds, sched.tasks[DEVICE_A].output, sched.tasks[DEVICE_B].output


print("richards", *simulate(N))
